package dev.helpdesk.account.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The account's branding and customer panel (one row): whether customers may use the customer panel, its branding
 * (colour and logo), footer links to the company's terms of use and privacy policy and the chat footer, the default
 * language, and the columns of the agents' ticket lists. The other areas keep their own settings.
 */
@Entity
public class AccountSettings {

    public static final long ID = 1L;
    public static final int MAX_LOGO_BYTES = 512 * 1024;
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");
    private static final int MAX_URL_LENGTH = 500;

    @Id
    private Long id;

    private boolean customerPanelEnabled;

    private String brandColor;

    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;

    private String logoContentType;

    private String termsUrl;

    private String privacyUrl;

    @Enumerated(EnumType.STRING)
    private Language defaultLanguage;

    /** The chosen {@link TicketListColumn}s, comma-separated. */
    private String ticketListColumns;

    private boolean chatFooterEnabled;

    private boolean inviteMailCustomers;

    private boolean selfRegistrationEnabled;

    private boolean contactFormEnabled;

    /** {@link FrameOrigins}, space-separated; null: only the help desk's own pages frame the contact form. */
    private String contactFormOrigins;

    private Instant updatedAt;

    @Version
    private long version;

    protected AccountSettings() {
    }

    public void change(boolean panelEnabled, String color, String terms, String privacy, Language language,
                       Instant now) {
        if (color == null || !COLOR.matcher(color.strip()).matches()) {
            throw new InvalidInputException("brandColor", "validation.color");
        }
        this.customerPanelEnabled = panelEnabled;
        this.brandColor = color.strip().toLowerCase(java.util.Locale.ROOT);
        this.termsUrl = Inputs.webAddress("termsUrl", terms, MAX_URL_LENGTH);
        this.privacyUrl = Inputs.webAddress("privacyUrl", privacy, MAX_URL_LENGTH);
        this.defaultLanguage = language == null ? Language.PT_BR : language;
        this.updatedAt = now;
    }

    public void chooseTicketListColumns(List<String> names, Instant now) {
        this.ticketListColumns = TicketListColumn.choose(names).stream().map(Enum::name)
                .collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    /** Whether the customer panel shows the online-service (chat) footer. */
    public void showChatFooter(boolean enabled, Instant now) {
        this.chatFooterEnabled = enabled;
        this.updatedAt = now;
    }

    /** Whether a customer registered from an e-mail is invited to choose a password for the customer panel. */
    public void inviteMailCustomers(boolean invite, Instant now) {
        this.inviteMailCustomers = invite;
        this.updatedAt = now;
    }

    /** Whether people may register themselves as customers on the customer panel's login page. */
    public void allowSelfRegistration(boolean allowed, Instant now) {
        this.selfRegistrationEnabled = allowed;
        this.updatedAt = now;
    }

    /** Whether the public contact form opens tickets. */
    public void openContactForm(boolean enabled, Instant now) {
        this.contactFormEnabled = enabled;
        this.updatedAt = now;
    }

    /** The company sites (origins) that may show the contact form in a frame; blank: none but the help desk. */
    public void allowContactFormFramedBy(String origins, Instant now) {
        this.contactFormOrigins = FrameOrigins.normalized("contactFormOrigins", origins);
        this.updatedAt = now;
    }

    /** PNG or JPEG only: an SVG could carry script into the login page. */
    public void changeLogo(byte[] image, String contentType, Instant now) {
        if (image == null || image.length == 0) {
            throw new InvalidInputException("logo", "validation.required");
        }
        if (image.length > MAX_LOGO_BYTES) {
            throw new InvalidInputException("logo", "validation.logo.tooLarge");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!LOGO_TYPES.contains(type)) {
            throw new InvalidInputException("logo", "validation.logo.type");
        }
        this.logo = image.clone();
        this.logoContentType = type;
        this.updatedAt = now;
    }

    public boolean isCustomerPanelEnabled() {
        return customerPanelEnabled;
    }

    public String brandColor() {
        return brandColor;
    }

    public boolean hasLogo() {
        return logoContentType != null;
    }

    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    public String logoContentType() {
        return logoContentType;
    }

    public String termsUrl() {
        return termsUrl;
    }

    public String privacyUrl() {
        return privacyUrl;
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    public List<TicketListColumn> ticketListColumns() {
        return Arrays.stream(ticketListColumns.split(",")).map(TicketListColumn::valueOf).toList();
    }

    public boolean isChatFooterEnabled() {
        return chatFooterEnabled;
    }

    public boolean invitesMailCustomers() {
        return inviteMailCustomers;
    }

    public boolean isSelfRegistrationEnabled() {
        return selfRegistrationEnabled;
    }

    public boolean isContactFormEnabled() {
        return contactFormEnabled;
    }

    public String contactFormOrigins() {
        return contactFormOrigins;
    }
}
