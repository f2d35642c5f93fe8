package dev.helpdesk.account.domain;

import dev.helpdesk.notification.domain.CustomerMailPolicy;
import dev.helpdesk.security.domain.AccessRules;
import dev.helpdesk.security.domain.PasswordStrength;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.ticket.domain.InactivityPolicy;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The account's settings (one row): whether customers may use the customer panel, its branding (colour and
 * logo), footer links to the company's terms of use and privacy policy and the chat footer, the default
 * language, and the columns of the agents' ticket lists.
 */
@Entity
public class AccountSettings {

    public static final long ID = 1L;
    public static final int MAX_LOGO_BYTES = 512 * 1024;
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");
    private static final int MAX_URL_LENGTH = 500;
    public static final int MAX_NOTICE_MINUTES = 1440;

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

    private boolean autoCloseEnabled;

    private int autoCloseWarnDays;

    private int autoCloseCloseDays;

    private int scheduleNoticeMinutes;

    @Enumerated(EnumType.STRING)
    private CustomerMailPolicy customerMailPolicy;

    /** Whether a mail from an unknown address registers its sender as a customer (else it waits in quarantine). */
    private boolean registerMailSenders;

    /** Whether the customer gets a confirmation, with the protocol, of a ticket they opened by e-mail (C2). */
    private boolean confirmMailTickets;

    /** Whether every agent must sign in to the panels with a second factor (D1). */
    private boolean requireTwoFactor;

    /** IP restriction: one rule per line (an address, a CIDR block or a from-to range); empty lets anyone in. */
    private String agentIpAllow;

    private String customerIpAllow;

    private String trustedProxies;

    @Enumerated(EnumType.STRING)
    private PasswordStrength minPasswordStrength;

    /** Single sign-on: the secret shared with the trusted system (null: off), and the panels that accept it. */
    private String ssoSecret;

    private boolean ssoAgents;

    private boolean ssoCustomers;

    private String ssoCustomerLoginUrl;

    /** The agent who owns the account (D9): an active administrator, set at installation, transferable. */
    @Column(name = "owner_agent_id")
    private Long ownerAgentId;

    /** Whether agents may change their own login e-mail (A3b). */
    @Column(name = "agents_change_email")
    private boolean agentsChangeEmail;

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
        this.termsUrl = webAddress("termsUrl", terms);
        this.privacyUrl = webAddress("privacyUrl", privacy);
        this.defaultLanguage = language == null ? Language.PT_BR : language;
        this.updatedAt = now;
    }

    public void chooseTicketListColumns(List<String> names, Instant now) {
        this.ticketListColumns = TicketListColumn.choose(names).stream().map(Enum::name)
                .collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    /** Auto-close of tickets waiting on the customer, and how long before a scheduled start its notice leaves. */
    public void changeAutomation(InactivityPolicy inactivity, int noticeMinutes, Instant now) {
        if (noticeMinutes < 0 || noticeMinutes > MAX_NOTICE_MINUTES) {
            throw new InvalidInputException("scheduleNoticeMinutes", "validation.noticeMinutes");
        }
        this.autoCloseEnabled = inactivity.enabled();
        this.autoCloseWarnDays = inactivity.warnAfterDays();
        this.autoCloseCloseDays = inactivity.closeAfterDays();
        this.scheduleNoticeMinutes = noticeMinutes;
        this.updatedAt = now;
    }

    public void chooseCustomerMailPolicy(CustomerMailPolicy policy, Instant now) {
        this.customerMailPolicy = Inputs.required("customerMailPolicy", policy);
        this.updatedAt = now;
    }

    public void changeMailChannel(boolean registerSenders, boolean confirmTickets, Instant now) {
        this.registerMailSenders = registerSenders;
        this.confirmMailTickets = confirmTickets;
        this.updatedAt = now;
    }

    /** A null secret keeps the one stored; a customer login address is where customers are sent for a key. */
    public void configureSso(String secret, boolean agents, boolean customers, String customerLoginUrl,
                             Instant now) {
        if (secret != null && !secret.isEmpty()) {
            if (secret.length() < 16 || secret.length() > 200) {
                throw new InvalidInputException("secret", "validation.sso.secret");
            }
            this.ssoSecret = secret;
        }
        if ((agents || customers) && ssoSecret == null) {
            throw new InvalidInputException("secret", "validation.required");
        }
        this.ssoAgents = agents;
        this.ssoCustomers = customers;
        this.ssoCustomerLoginUrl = webAddress("customerLoginUrl", customerLoginUrl);
        this.updatedAt = now;
    }

    /** The shared secret when the panel of agents (or of customers) accepts single sign-on keys. */
    public Optional<byte[]> ssoSecretFor(boolean agents) {
        boolean on = agents ? ssoAgents : ssoCustomers;
        return on && ssoSecret != null ? Optional.of(ssoSecret.getBytes(StandardCharsets.UTF_8)) : Optional.empty();
    }

    public boolean hasSsoSecret() {
        return ssoSecret != null;
    }

    public boolean ssoAgents() {
        return ssoAgents;
    }

    public boolean ssoCustomers() {
        return ssoCustomers;
    }

    public String ssoCustomerLoginUrl() {
        return ssoCustomerLoginUrl;
    }

    public void requirePasswordStrength(PasswordStrength minimum, Instant now) {
        this.minPasswordStrength = Inputs.required("minimumStrength", minimum);
        this.updatedAt = now;
    }

    public PasswordStrength minPasswordStrength() {
        return minPasswordStrength == null ? PasswordStrength.VERY_WEAK : minPasswordStrength;
    }

    public void restrictAccess(AccessRules rules, Instant now) {
        this.agentIpAllow = blankToNull(rules.agents().text());
        this.customerIpAllow = blankToNull(rules.customers().text());
        this.trustedProxies = blankToNull(rules.trustedProxies().text());
        this.updatedAt = now;
    }

    public AccessRules accessRules() {
        return AccessRules.parse(agentIpAllow, customerIpAllow, trustedProxies);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Long ownerAgentId() {
        return ownerAgentId;
    }

    /** Makes the agent the owner; the caller has checked that the agent is an active administrator. */
    public void transferOwnership(long agentId, Instant now) {
        this.ownerAgentId = agentId;
        this.updatedAt = now;
    }

    public boolean letsAgentsChangeEmail() {
        return agentsChangeEmail;
    }

    public void letAgentsChangeEmail(boolean allowed, Instant now) {
        this.agentsChangeEmail = allowed;
        this.updatedAt = now;
    }

    public void requireTwoFactor(boolean required, Instant now) {
        this.requireTwoFactor = required;
        this.updatedAt = now;
    }

    public boolean requiresTwoFactor() {
        return requireTwoFactor;
    }

    public boolean registersMailSenders() {
        return registerMailSenders;
    }

    public boolean confirmsMailTickets() {
        return confirmMailTickets;
    }

    public CustomerMailPolicy customerMailPolicy() {
        return customerMailPolicy;
    }

    public InactivityPolicy inactivityPolicy() {
        return new InactivityPolicy(autoCloseEnabled, autoCloseWarnDays, autoCloseCloseDays);
    }

    public Duration scheduleNoticeLead() {
        return Duration.ofMinutes(scheduleNoticeMinutes);
    }

    /** Whether the customer panel shows the online-service (chat) footer. */
    public void showChatFooter(boolean enabled, Instant now) {
        this.chatFooterEnabled = enabled;
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

    /** An absolute http(s) address, or nothing. */
    private static String webAddress(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        try {
            URI uri = new URI(address);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || address.length() > MAX_URL_LENGTH) {
                throw new InvalidInputException(field, "validation.url");
            }
            return address;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "validation.url");
        }
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
}
