package dev.helpdesk.security.token.domain;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A bearer token for the REST API. It acts as the agent or customer it belongs to, with their rights. Only its
 * SHA-256 digest is stored: the token itself is shown once, when it is issued.
 */
@Entity
public class ApiToken {

    public static final int MAX_NAME_LENGTH = 120;
    private static final String PREFIX = "hd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private Agent agent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    private Instant createdAt;

    private Instant revokedAt;

    protected ApiToken() {
    }

    private ApiToken(String secret, String name, Agent agent, Customer customer, Instant now) {
        this.tokenHash = digest(secret);
        this.name = Inputs.requiredText("name", name, MAX_NAME_LENGTH);
        this.agent = agent;
        this.customer = customer;
        this.createdAt = now;
    }

    /** A new token and its secret; the secret must be handed over now, it cannot be read back. */
    public static Issued issueFor(Agent agent, String name, Instant now) {
        String secret = newSecret();
        return new Issued(new ApiToken(secret, name, agent, null, now), secret);
    }

    public static Issued issueFor(Customer customer, String name, Instant now) {
        String secret = newSecret();
        return new Issued(new ApiToken(secret, name, null, customer, now), secret);
    }

    /** A token given from outside, e.g. the provisioning token of the first administrator. */
    public static ApiToken withSecret(Agent agent, String name, String secret, Instant now) {
        return new ApiToken(secret, name, agent, null, now);
    }

    public static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean ownerIsActive() {
        return agent != null ? agent.isActive() : customer.isActive();
    }

    /** The login name this token acts as. */
    public String principalName() {
        return agent != null ? agent.email() : customer.email();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public record Issued(ApiToken token, String secret) {
    }
}
