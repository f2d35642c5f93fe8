package dev.helpdesk.security.login.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An agent's new sign-in e-mail, waiting for the link mailed to that address: one per agent, a later request
 * replacing it. Only the SHA-256 of the link's token is kept.
 */
@Entity
public class EmailChangeRequest {

    public static final Duration VALIDITY = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private Long agentId;

    private String newEmail;

    private String tokenHash;

    private Instant expiresAt;

    protected EmailChangeRequest() {
    }

    public EmailChangeRequest(Long agentId) {
        this.agentId = agentId;
    }

    /** Asks again, for this address: the token to mail; an earlier link no longer works. */
    public String renew(String email, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.newEmail = email;
        this.tokenHash = digest(token);
        this.expiresAt = now.plus(VALIDITY);
        return token;
    }

    public static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long agentId() {
        return agentId;
    }

    public String newEmail() {
        return newEmail;
    }
}
