package dev.helpdesk.web.account.panel;

import dev.helpdesk.account.application.AccountSettingsChange;
import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.account.application.AccountSettingsView;
import dev.helpdesk.account.domain.TicketListColumn;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.infrastructure.PublicUrl;
import dev.helpdesk.web.account.api.AccountResource;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Management > Account settings: the customer panel (switch, link to give customers, chat footer, self-registration,
 * branding, footer links), the public contact form (switch, the sites that may frame it), the default language and
 * the columns of the agents' ticket lists.
 */
@Named
@ViewScoped
public class AccountSettingsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "settingsForm";

    @EJB
    private AccountSettingsService accountSettings;

    private boolean customerPanelEnabled;
    private boolean chatFooterEnabled;
    private boolean inviteMailCustomers;
    private boolean selfRegistrationEnabled;
    private boolean contactFormEnabled;
    private String contactFormOrigins;
    private String brandColor;
    private String termsUrl;
    private String privacyUrl;
    private String defaultLanguage;
    private List<String> ticketListColumns;
    private transient UploadedFile logo;

    @PostConstruct
    void load() {
        AccountSettingsView settings = accountSettings.current();
        customerPanelEnabled = settings.customerPanelEnabled();
        chatFooterEnabled = settings.chatFooterEnabled();
        inviteMailCustomers = settings.inviteMailCustomers();
        selfRegistrationEnabled = settings.selfRegistrationEnabled();
        contactFormEnabled = settings.contactFormEnabled();
        contactFormOrigins = settings.contactFormOrigins() == null ? ""
                : settings.contactFormOrigins().replace(' ', '\n');
        brandColor = settings.brandColor();
        termsUrl = settings.termsUrl();
        privacyUrl = settings.privacyUrl();
        defaultLanguage = settings.defaultLanguage();
        ticketListColumns = new ArrayList<>(settings.ticketListColumns().stream().map(Enum::name).toList());
    }

    public void save() {
        try {
            accountSettings.change(new AccountSettingsChange(customerPanelEnabled, chatFooterEnabled,
                    inviteMailCustomers, brandColor, termsUrl, privacyUrl, defaultLanguage, ticketListColumns,
                    selfRegistrationEnabled, contactFormEnabled, contactFormOrigins == null ? "" : contactFormOrigins));
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        }
        Messages.info("admin.saved");
        load();
    }

    public void uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            Messages.fieldError("logoForm", new InvalidInputException("logo", "validation.required"));
            return;
        }
        try {
            accountSettings.changeLogo(logo.getContent(), logo.getContentType());
        } catch (InvalidInputException e) {
            Messages.fieldError("logoForm", e);
            return;
        }
        Messages.info("admin.logoChanged");
    }

    /** The address to give customers, or to link from the company's site. */
    public String getCustomerPanelUrl() {
        return PublicUrl.configured().at(AccountResource.CUSTOMER_PANEL);
    }

    /** The public contact form's address, to link or to put in a frame of the company's site. */
    public String getContactFormUrl() {
        return PublicUrl.configured().at(AccountResource.CONTACT_FORM);
    }

    public boolean isSelfRegistrationEnabled() {
        return selfRegistrationEnabled;
    }

    public void setSelfRegistrationEnabled(boolean selfRegistrationEnabled) {
        this.selfRegistrationEnabled = selfRegistrationEnabled;
    }

    public boolean isContactFormEnabled() {
        return contactFormEnabled;
    }

    public void setContactFormEnabled(boolean contactFormEnabled) {
        this.contactFormEnabled = contactFormEnabled;
    }

    public String getContactFormOrigins() {
        return contactFormOrigins;
    }

    public void setContactFormOrigins(String contactFormOrigins) {
        this.contactFormOrigins = contactFormOrigins;
    }

    public TicketListColumn[] getColumns() {
        return TicketListColumn.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public boolean isCustomerPanelEnabled() {
        return customerPanelEnabled;
    }

    public void setCustomerPanelEnabled(boolean customerPanelEnabled) {
        this.customerPanelEnabled = customerPanelEnabled;
    }

    public boolean isInviteMailCustomers() {
        return inviteMailCustomers;
    }

    public void setInviteMailCustomers(boolean inviteMailCustomers) {
        this.inviteMailCustomers = inviteMailCustomers;
    }

    public boolean isChatFooterEnabled() {
        return chatFooterEnabled;
    }

    public void setChatFooterEnabled(boolean chatFooterEnabled) {
        this.chatFooterEnabled = chatFooterEnabled;
    }

    public String getBrandColor() {
        return brandColor;
    }

    public void setBrandColor(String brandColor) {
        this.brandColor = brandColor;
    }

    public String getTermsUrl() {
        return termsUrl;
    }

    public void setTermsUrl(String termsUrl) {
        this.termsUrl = termsUrl;
    }

    public String getPrivacyUrl() {
        return privacyUrl;
    }

    public void setPrivacyUrl(String privacyUrl) {
        this.privacyUrl = privacyUrl;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public List<String> getTicketListColumns() {
        return ticketListColumns;
    }

    public void setTicketListColumns(List<String> ticketListColumns) {
        this.ticketListColumns = ticketListColumns;
    }

    public UploadedFile getLogo() {
        return logo;
    }

    public void setLogo(UploadedFile logo) {
        this.logo = logo;
    }
}
