package dev.helpdesk.security.login.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.security.domain.SecurityPolicy;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Whether agents may change their own login e-mail (A3b), a switch of the security policy. */
@Stateless
public class AgentEmailPolicyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @PermitAll
    public boolean agentsMayChangeEmail() {
        return policy().letsAgentsChangeEmail();
    }

    @RolesAllowed(Roles.ADMIN)
    public boolean letAgentsChangeEmail(boolean allowed) {
        SecurityPolicy policy = policy();
        boolean before = policy.letsAgentsChangeEmail();
        policy.letAgentsChangeEmail(allowed, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "agentsChangeEmail", String.valueOf(before),
                String.valueOf(allowed));
        return allowed;
    }

    private SecurityPolicy policy() {
        return em.find(SecurityPolicy.class, SecurityPolicy.ID);
    }
}
