package dev.helpdesk.account.application;

import dev.helpdesk.account.domain.AccountSettings;
import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.domain.Roles;
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

/** Reads and changes the branding and the customer panel. Reading is public: the login page shows the branding. */
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
        if (change.inviteMailCustomers() != null) {
            settings.inviteMailCustomers(change.inviteMailCustomers(), now);
        }
        if (change.selfRegistrationEnabled() != null) {
            settings.allowSelfRegistration(change.selfRegistrationEnabled(), now);
        }
        if (change.contactFormEnabled() != null) {
            settings.openContactForm(change.contactFormEnabled(), now);
        }
        if (change.contactFormOrigins() != null) {
            settings.allowContactFormFramedBy(change.contactFormOrigins(), now);
        }
        if (change.ticketListColumns() != null) {
            settings.chooseTicketListColumns(change.ticketListColumns(), now);
        }
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "general", before, view(settings).toString());
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

    private static AccountSettingsView view(AccountSettings settings) {
        return new AccountSettingsView(settings.isCustomerPanelEnabled(), settings.isChatFooterEnabled(),
                settings.invitesMailCustomers(), settings.brandColor(), settings.hasLogo(), settings.termsUrl(), settings.privacyUrl(),
                settings.defaultLanguage().tag(), settings.ticketListColumns(), settings.isSelfRegistrationEnabled(),
                settings.isContactFormEnabled(), settings.contactFormOrigins());
    }
}
