package dev.helpdesk.notification.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.notification.domain.CustomerMailPolicy;
import dev.helpdesk.notification.domain.MailPolicy;
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
 * Whether customers get e-mails about their tickets: they choose when opening one (the default), always, or never.
 * Reading is public: the opening form asks only when customers choose.
 */
@Stateless
public class MailPolicyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @PermitAll
    public CustomerMailPolicy customerMailPolicy() {
        return policy().customerMailPolicy();
    }

    @RolesAllowed(Roles.ADMIN)
    public CustomerMailPolicy chooseCustomerMailPolicy(CustomerMailPolicy choice) {
        MailPolicy policy = policy();
        String before = String.valueOf(policy.customerMailPolicy());
        policy.chooseCustomerMailPolicy(choice, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "customerMailPolicy", before, String.valueOf(choice));
        return choice;
    }

    private MailPolicy policy() {
        return em.find(MailPolicy.class, MailPolicy.ID);
    }
}
