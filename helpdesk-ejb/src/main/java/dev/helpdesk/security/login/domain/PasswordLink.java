package dev.helpdesk.security.login.domain;

import dev.helpdesk.security.domain.LinkToken;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/**
 * A link mailed to someone's login address that lets its holder choose a new password, once, until it expires: one
 * per person, a later link replacing it. Only the SHA-256 of its token is kept.
 */
@Entity
public class PasswordLink {

    /** Why the link was sent. */
    public enum Purpose {
        /** the person forgot their password, or an administrator sent a reset */
        RESET,
        /** the person has no password yet */
        INVITATION
    }

    /** Who the link is for: an agent or a customer (they are kept apart, so is the id). */
    public enum Holder {
        AGENT, CUSTOMER
    }

    /** A reset the person asked for: short, as it may be asked for by anyone who knows the address. */
    public static final Duration ASKED_RESET = Duration.ofHours(1);
    /** A reset an administrator sent. */
    public static final Duration SENT_RESET = Duration.ofHours(24);
    public static final Duration INVITATION = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Holder personKind;

    private Long personId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    protected PasswordLink() {
    }

    public PasswordLink(Holder personKind, Long personId) {
        this.personKind = personKind;
        this.personId = personId;
    }

    /** A new link for this person, valid for {@code validity}: the token to mail. An earlier link stops working. */
    public String renew(Purpose newPurpose, Duration validity, Instant now) {
        LinkToken token = LinkToken.generate();
        this.purpose = newPurpose;
        this.tokenHash = token.hash();
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
        return token.token();
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Holder personKind() {
        return personKind;
    }

    public Long personId() {
        return personId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
