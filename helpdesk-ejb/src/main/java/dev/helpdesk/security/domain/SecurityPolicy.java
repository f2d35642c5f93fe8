package dev.helpdesk.security.domain;

import dev.helpdesk.security.access.domain.AccessRules;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.infrastructure.SealedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The account's security policy (one row, the security area's own): two factors required of agents, the IP
 * restriction, single sign-on, and whether agents may change their own login e-mail.
 */
@Entity
public class SecurityPolicy {

    public static final long ID = 1L;
    private static final int MAX_URL_LENGTH = 500;

    @Id
    private Long id;

    /** Whether every agent must sign in to the panels with a second factor (D1). */
    private boolean requireTwoFactor;

    /** IP restriction: one rule per line (an address, a CIDR block or a from-to range); empty lets anyone in. */
    private String agentIpAllow;

    private String customerIpAllow;

    private String trustedProxies;

    /** Single sign-on: the secret shared with the trusted system (null: off), and the panels that accept it. */
    @Convert(converter = SealedText.class)
    private String ssoSecret;

    private boolean ssoAgents;

    private boolean ssoCustomers;

    private String ssoCustomerLoginUrl;

    /** Whether agents may change their own login e-mail (A3b). */
    private boolean agentsChangeEmail;

    private Instant updatedAt;

    @Version
    private long version;

    protected SecurityPolicy() {
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
        this.ssoCustomerLoginUrl = Inputs.webAddress("customerLoginUrl", customerLoginUrl, MAX_URL_LENGTH);
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

    public void restrictAccess(AccessRules rules, Instant now) {
        this.agentIpAllow = blankToNull(rules.agents().text());
        this.customerIpAllow = blankToNull(rules.customers().text());
        this.trustedProxies = blankToNull(rules.trustedProxies().text());
        this.updatedAt = now;
    }

    public AccessRules accessRules() {
        return AccessRules.parse(agentIpAllow, customerIpAllow, trustedProxies);
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
