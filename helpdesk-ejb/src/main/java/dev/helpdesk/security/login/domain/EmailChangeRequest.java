package dev.helpdesk.security.login.domain;

import dev.helpdesk.security.domain.LinkToken;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/**
 * An agent's new sign-in e-mail, waiting for the link mailed to that address: one per agent, a later request
 * replacing it. Only the SHA-256 of the link's token is kept.
 */
@Entity
public class EmailChangeRequest {

    public static final Duration VALIDITY = Duration.ofHours(24);

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
        LinkToken token = LinkToken.generate();
        this.newEmail = email;
        this.tokenHash = token.hash();
        this.expiresAt = now.plus(VALIDITY);
        return token.token();
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
