package dev.helpdesk.account.application;

import dev.helpdesk.account.domain.AccountSettings;
import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.notification.domain.CustomerMailPolicy;
import dev.helpdesk.security.domain.PasswordStrength;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.domain.InactivityPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Reads and changes the account settings. Reading is public: the login page shows the branding. */
@Stateless
public class AccountSettingsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @PermitAll
    public AccountSettingsView current() {
        return view(settings());
    }

    @PermitAll
    public Optional<Logo> logo() {
        AccountSettings settings = settings();
        return settings.hasLogo()
                ? Optional.of(new Logo(settings.logoContentType(), settings.logo()))
                : Optional.empty();
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountSettingsView change(AccountSettingsChange change) {
        AccountSettings settings = settings();
        String before = view(settings).toString();
        Instant now = clock.instant();
        settings.change(change.customerPanelEnabled(), change.brandColor(), change.termsUrl(), change.privacyUrl(),
                Language.fromTag(change.defaultLanguage()), now);
        if (change.chatFooterEnabled() != null) {
            settings.showChatFooter(change.chatFooterEnabled(), now);
        }
        if (change.ticketListColumns() != null) {
            settings.chooseTicketListColumns(change.ticketListColumns(), now);
        }
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "general", before, view(settings).toString());
        return view(settings);
    }

    /** Whether agents may change their own login e-mail (A3b). */
    @PermitAll
    public boolean agentsMayChangeEmail() {
        return settings().letsAgentsChangeEmail();
    }

    @RolesAllowed(Roles.ADMIN)
    public boolean letAgentsChangeEmail(boolean allowed) {
        AccountSettings settings = settings();
        boolean before = settings.letsAgentsChangeEmail();
        settings.letAgentsChangeEmail(allowed, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "agentsChangeEmail", String.valueOf(before),
                String.valueOf(allowed));
        return allowed;
    }

    /** The weakest password the account accepts (D5); anyone setting a password may be told. */
    @PermitAll
    public PasswordStrength minimumPasswordStrength() {
        return settings().minPasswordStrength();
    }

    @RolesAllowed(Roles.ADMIN)
    public PasswordStrength requirePasswordStrength(PasswordStrength minimum) {
        AccountSettings settings = settings();
        String before = String.valueOf(settings.minPasswordStrength());
        settings.requirePasswordStrength(minimum, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "minPasswordStrength", before,
                String.valueOf(minimum));
        return minimum;
    }

    @RolesAllowed(Roles.ADMIN)
    public AutomationSettings automation() {
        return automationOf(settings());
    }

    @RolesAllowed(Roles.ADMIN)
    public AutomationSettings changeAutomation(AutomationSettings change) {
        AccountSettings settings = settings();
        String before = automationOf(settings).toString();
        settings.changeAutomation(new InactivityPolicy(change.autoCloseEnabled(), change.autoCloseWarnDays(),
                change.autoCloseCloseDays()), change.scheduleNoticeMinutes(), clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "automation", before,
                automationOf(settings).toString());
        return automationOf(settings);
    }

    /** Whether customers get e-mails about their tickets: they choose (the default), always, or never. */
    @RolesAllowed(Roles.ADMIN)
    public AccountSettingsView chooseCustomerMailPolicy(CustomerMailPolicy policy) {
        AccountSettings settings = settings();
        String before = String.valueOf(settings.customerMailPolicy());
        settings.chooseCustomerMailPolicy(policy, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "customerMailPolicy", before, String.valueOf(policy));
        return view(settings);
    }

    @RolesAllowed(Roles.ADMIN)
    public void changeLogo(byte[] image, String contentType) {
        settings().changeLogo(image, contentType, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "logo", null, contentType + ", " + image.length
                + " bytes");
    }

    private AccountSettings settings() {
        return em.find(AccountSettings.class, AccountSettings.ID);
    }

    private static AutomationSettings automationOf(AccountSettings settings) {
        InactivityPolicy inactivity = settings.inactivityPolicy();
        return new AutomationSettings(inactivity.enabled(), inactivity.warnAfterDays(), inactivity.closeAfterDays(),
                (int) settings.scheduleNoticeLead().toMinutes());
    }

    private static AccountSettingsView view(AccountSettings settings) {
        return new AccountSettingsView(settings.isCustomerPanelEnabled(), settings.isChatFooterEnabled(),
                settings.brandColor(), settings.hasLogo(), settings.termsUrl(), settings.privacyUrl(),
                settings.defaultLanguage().tag(), settings.ticketListColumns(), settings.customerMailPolicy());
    }
}
