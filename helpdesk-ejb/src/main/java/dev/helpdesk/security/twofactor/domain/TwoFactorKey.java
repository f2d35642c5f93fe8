package dev.helpdesk.security.twofactor.domain;

import dev.helpdesk.shared.infrastructure.SealedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * An agent's authenticator key: pending until the agent proves, with a first code, that the app holds it; then
 * every panel login asks for a code. A code is good once (a later login needs a later code), and five wrong codes
 * in a row lock the key for five minutes, so the six digits cannot be guessed.
 */
@Entity
@Table(name = "agent_two_factor")
public class TwoFactorKey {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(5);

    @Id
    private Long agentId;

    @Convert(converter = SealedText.class)
    private String secret;

    private Instant confirmedAt;

    private Long lastUsedStep;

    private int failedAttempts;

    private Instant lockedUntil;

    @Version
    private long version;

    protected TwoFactorKey() {
    }

    public TwoFactorKey(long agentId, byte[] key) {
        this.agentId = agentId;
        this.secret = Base32.encode(key);
    }

    /** Checks a code from the app; a right one is used up, wrong ones count towards the lock. */
    public TwoFactorCheck check(String code, Instant now) {
        if (isLocked(now)) {
            return TwoFactorCheck.LOCKED;
        }
        OptionalLong step = Totp.AUTHENTICATOR_APPS.matchingStep(Base32.decode(secret), code, now);
        if (step.isEmpty()) {
            return failed(now);
        }
        if (lastUsedStep != null && step.getAsLong() <= lastUsedStep) {
            return TwoFactorCheck.REUSED;
        }
        lastUsedStep = step.getAsLong();
        failedAttempts = 0;
        return TwoFactorCheck.OK;
    }

    /** A wrong code that was neither a TOTP code nor a recovery code. */
    public TwoFactorCheck failed(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            failedAttempts = 0;
            lockedUntil = now.plus(LOCK);
        }
        return TwoFactorCheck.WRONG;
    }

    /** A recovery code was accepted in place of a TOTP code. */
    public void recovered() {
        failedAttempts = 0;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void confirm(Instant now) {
        this.confirmedAt = now;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long agentId() {
        return agentId;
    }

    public String secret() {
        return secret;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
