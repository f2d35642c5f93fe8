package dev.helpdesk.security.login.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The wrong passwords on record for a sign-in attempt, within the throttle's window (or since an administrator
 * unlocked the login): for its login name, for its address, and for the two together, with the last of those. What
 * they allow follows OWASP's advice: one login and address pair waits longer after each failure, twice as long each
 * time from the fifth on (up to the window); past five failures of a login, or too many from one address, only a
 * browser that signed in to that login before is let through to try its password. Brute force from anywhere else is
 * as slow as before; the owner at their own browser is never locked out by someone else's guesses.
 */
public record LoginFailures(long byLogin, long byAddress, long byPair, Instant lastOfPair) {

    public static final int MAX_PER_LOGIN = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    public boolean allow(boolean knownDevice, int maxPerAddress, Instant now) {
        if (lastOfPair != null && now.isBefore(lastOfPair.plus(pairWait(byPair)))) {
            return false;
        }
        return knownDevice || byLogin < MAX_PER_LOGIN && byAddress < maxPerAddress;
    }

    /** How long the pair waits after its last failure: nothing for four, then 1 s, 2 s, 4 s… up to the window. */
    static Duration pairWait(long failures) {
        if (failures < MAX_PER_LOGIN) {
            return Duration.ZERO;
        }
        long exponent = Math.min(failures - MAX_PER_LOGIN, 20);
        Duration wait = Duration.ofSeconds(1L << exponent);
        return wait.compareTo(WINDOW) > 0 ? WINDOW : wait;
    }
}
