package dev.helpdesk.security.login.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final int PER_ADDRESS = 20;

    @Test
    void fourFailuresCostNothing() {
        assertTrue(new LoginFailures(4, 4, 4, NOW).allow(false, PER_ADDRESS, NOW));
    }

    @Test
    void fromTheFifthOnAPairWaitsTwiceAsLongEachTimeUpToTheWindow() {
        assertEquals(Duration.ZERO, LoginFailures.pairWait(4));
        assertEquals(Duration.ofSeconds(1), LoginFailures.pairWait(5));
        assertEquals(Duration.ofSeconds(2), LoginFailures.pairWait(6));
        assertEquals(Duration.ofSeconds(64), LoginFailures.pairWait(11));
        assertEquals(LoginFailures.WINDOW, LoginFailures.pairWait(20));
        assertEquals(LoginFailures.WINDOW, LoginFailures.pairWait(10_000));
        LoginFailures six = new LoginFailures(6, 6, 6, NOW);
        assertFalse(six.allow(true, PER_ADDRESS, NOW.plusSeconds(1)), "even the owner's browser waits its turn");
        assertTrue(six.allow(true, PER_ADDRESS, NOW.plusSeconds(2)));
    }

    @Test
    void pastFiveFailuresOfALoginOnlyAKnownBrowserTriesItsPassword() {
        LoginFailures guessedElsewhere = new LoginFailures(5, 0, 0, null);
        assertFalse(guessedElsewhere.allow(false, PER_ADDRESS, NOW), "a stranger's browser waits");
        assertTrue(guessedElsewhere.allow(true, PER_ADDRESS, NOW), "the owner's browser gets in");
    }

    @Test
    void anAddressWithTooManyFailuresLetsOnlyKnownBrowsersThrough() {
        LoginFailures busyAddress = new LoginFailures(0, PER_ADDRESS, 0, null);
        assertFalse(busyAddress.allow(false, PER_ADDRESS, NOW));
        assertTrue(busyAddress.allow(true, PER_ADDRESS, NOW));
    }
}
