package dev.helpdesk.directory.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.domain.PasswordPolicy;
import dev.helpdesk.directory.domain.PasswordStrength;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** The account's password policy (D5). Reading is public: anyone setting a password may be told the minimum. */
@Stateless
public class PasswordPolicyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @PermitAll
    public PasswordStrength minimumPasswordStrength() {
        return policy().minimum();
    }

    @RolesAllowed(Roles.ADMIN)
    public PasswordStrength requirePasswordStrength(PasswordStrength minimum) {
        PasswordPolicy policy = policy();
        String before = String.valueOf(policy.minimum());
        policy.require(minimum, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "minPasswordStrength", before,
                String.valueOf(minimum));
        return minimum;
    }

    private PasswordPolicy policy() {
        return em.find(PasswordPolicy.class, PasswordPolicy.ID);
    }
}
