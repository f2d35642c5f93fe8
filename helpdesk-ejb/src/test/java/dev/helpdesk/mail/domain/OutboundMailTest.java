package dev.helpdesk.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void aClaimedMailIsNotDueUntilItsLeaseRunsOut() {
        OutboundMail mail = mail();
        assertTrue(mail.isDue(NOW));
        mail.claim("node-1", NOW);
        assertEquals(OutboundMail.State.SENDING, mail.state());
        assertFalse(mail.isDue(NOW.plus(OutboundMail.LEASE).minusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> mail.claim("node-2", NOW.plusSeconds(1)));
        assertTrue(mail.isDue(NOW.plus(OutboundMail.LEASE)), "a dispatcher that died does not keep it");
    }

    @Test
    void aSentMailIsNeverDueAgain() {
        OutboundMail mail = mail();
        mail.claim("node-1", NOW);
        mail.sent(NOW.plusSeconds(1));
        assertEquals(OutboundMail.State.SENT, mail.state());
        assertFalse(mail.isDue(NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void failuresWaitLongerEachTimeAndGiveUpAfterAboutADay() {
        OutboundMail mail = mail();
        Instant at = NOW;
        Duration waited = Duration.ZERO;
        for (int failure = 1; failure < OutboundMail.MAX_ATTEMPTS; failure++) {
            mail.claim("node-1", at);
            mail.failed("421 try later", at);
            assertEquals(OutboundMail.State.PENDING, mail.state());
            Duration pause = OutboundMail.pauseAfter(failure);
            assertFalse(mail.isDue(at.plus(pause).minusSeconds(1)));
            at = at.plus(pause);
            waited = waited.plus(pause);
        }
        assertEquals(Duration.ofMinutes(1), OutboundMail.pauseAfter(1));
        assertEquals(Duration.ofMinutes(8), OutboundMail.pauseAfter(4));
        assertEquals(Duration.ofHours(4), OutboundMail.pauseAfter(12));
        Duration total = waited;
        assertTrue(total.compareTo(Duration.ofHours(20)) > 0, () -> "retried for " + total);
        mail.claim("node-1", at);
        mail.failed("550 no such user", at);
        assertEquals(OutboundMail.State.FAILED, mail.state());
        assertEquals("550 no such user", mail.lastError());
        assertFalse(mail.isDue(at.plus(Duration.ofDays(365))));
    }

    private static OutboundMail mail() {
        return new OutboundMail("test:1", "carla@example.com", "Subject", "Body", 42L, NOW);
    }
}
