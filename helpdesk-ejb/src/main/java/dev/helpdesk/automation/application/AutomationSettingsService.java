package dev.helpdesk.automation.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.automation.domain.AutomationPolicy;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.domain.InactivityPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Management › Account settings › Automation: auto-close and the lead time of scheduled-ticket notices. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AutomationSettingsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    public AutomationSettings automation() {
        return view(policy());
    }

    public AutomationSettings changeAutomation(AutomationSettings change) {
        AutomationPolicy policy = policy();
        String before = view(policy).toString();
        policy.change(new InactivityPolicy(change.autoCloseEnabled(), change.autoCloseWarnDays(),
                change.autoCloseCloseDays()), change.scheduleNoticeMinutes(), clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "automation", before, view(policy).toString());
        return view(policy);
    }

    private AutomationPolicy policy() {
        return em.find(AutomationPolicy.class, AutomationPolicy.ID);
    }

    private static AutomationSettings view(AutomationPolicy policy) {
        InactivityPolicy inactivity = policy.inactivityPolicy();
        return new AutomationSettings(inactivity.enabled(), inactivity.warnAfterDays(), inactivity.closeAfterDays(),
                (int) policy.scheduleNoticeLead().toMinutes());
    }
}
