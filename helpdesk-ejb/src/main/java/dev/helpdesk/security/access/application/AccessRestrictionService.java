package dev.helpdesk.security.access.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.application.RequestOrigin;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.security.access.domain.AccessRules;
import dev.helpdesk.security.domain.SecurityPolicy;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * IP restriction (D3): the administrator lists where agents and where customers may come from, and which reverse
 * proxies are trusted to name the client; every request is checked against them.
 */
@Stateless
public class AccessRestrictionService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    /** The rules in force, for the authentication of every request. */
    @PermitAll
    public AccessRules rules() {
        return policy().accessRules();
    }

    @RolesAllowed(Roles.ADMIN)
    public AccessRulesView current() {
        return AccessRulesView.of(rules());
    }

    /**
     * New rules. A list of agents' addresses that would shut out the administrator making the change, from where
     * they are now, is refused unless {@code lockOutConfirmed}: the warning before locking oneself out.
     */
    @RolesAllowed(Roles.ADMIN)
    public AccessRulesView change(AccessRulesView change, boolean lockOutConfirmed) {
        AccessRules rules = AccessRules.parse(change.agentAllowList(), change.customerAllowList(),
                change.trustedProxies());
        String here = origin.address();
        if (!lockOutConfirmed && here != null && !rules.agents().allows(here)) {
            throw new InvalidInputException("agentAllowList", "ipRestriction.lockOut");
        }
        SecurityPolicy policy = policy();
        String before = AccessRulesView.of(policy.accessRules()).toString();
        policy.restrictAccess(rules, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "ipRestriction", before,
                AccessRulesView.of(rules).toString());
        return AccessRulesView.of(rules);
    }

    private SecurityPolicy policy() {
        return em.find(SecurityPolicy.class, SecurityPolicy.ID);
    }
}
