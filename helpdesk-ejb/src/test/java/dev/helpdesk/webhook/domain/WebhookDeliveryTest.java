package dev.helpdesk.webhook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final WebhookEndpoint ENDPOINT = new WebhookEndpoint("https://hooks.example.com/helpdesk",
            "a-secret-of-sixteen", true, NOW);

    @Test
    void aFailingReceiverIsTriedAgainLaterEachTimeForOverADayThenTheDeliveryFails() {
        WebhookDelivery delivery = delivery();
        Instant at = NOW;
        Duration waited = Duration.ZERO;
        for (int attempt = 1; attempt < WebhookDelivery.MAX_ATTEMPTS; attempt++) {
            delivery.claim(at);
            delivery.answered(attempt % 2 == 0 ? 500 : null, "down", at);
            assertEquals(WebhookDelivery.State.PENDING, delivery.state());
            Duration pause = Duration.between(at, delivery.nextAttemptAt());
            assertFalse(delivery.isDue(at.plus(pause).minusSeconds(1)));
            at = at.plus(pause);
            waited = waited.plus(pause);
        }
        assertTrue(waited.compareTo(Duration.ofDays(1)) > 0, waited::toString);
        delivery.claim(at);
        delivery.answered(503, "still down", at);
        assertEquals(WebhookDelivery.State.FAILED, delivery.state());
        assertFalse(delivery.isDue(at.plus(Duration.ofDays(30))));
    }

    @Test
    void a2xxAnswerDeliversAndAReplaySendsItAgainUnderTheSameEventId() {
        WebhookDelivery delivery = delivery();
        String eventId = delivery.eventId();
        delivery.claim(NOW);
        delivery.answered(204, "", NOW);
        assertEquals(WebhookDelivery.State.DELIVERED, delivery.state());
        assertFalse(delivery.isDue(NOW.plusSeconds(3600)));
        delivery.replay(NOW.plusSeconds(60));
        assertTrue(delivery.isDue(NOW.plusSeconds(60)));
        assertEquals(eventId, delivery.eventId());
    }

    @Test
    void aClaimedDeliveryIsNotClaimedAgainUntilItsLeaseRunsOut() {
        WebhookDelivery delivery = delivery();
        delivery.claim(NOW);
        assertThrows(IllegalStateException.class, () -> delivery.claim(NOW.plusSeconds(10)));
        assertTrue(delivery.isDue(NOW.plus(WebhookDelivery.LEASE)));
    }

    @Test
    void endpointsNeedAWebAddressAndALongEnoughSecret() {
        assertEquals("url", assertThrows(InvalidInputException.class,
                () -> new WebhookEndpoint("ftp://example.com", "a-secret-of-sixteen", true, NOW)).field());
        assertEquals("url", assertThrows(InvalidInputException.class,
                () -> new WebhookEndpoint("not a url", "a-secret-of-sixteen", true, NOW)).field());
        assertEquals("secret", assertThrows(InvalidInputException.class,
                () -> new WebhookEndpoint("https://example.com/h", "short", true, NOW)).field());
        WebhookEndpoint endpoint = new WebhookEndpoint("http://intranet.local/h", "a-secret-of-sixteen", true, NOW);
        endpoint.change("http://intranet.local/h2", null, false);
        assertEquals("a-secret-of-sixteen", endpoint.secret());
        assertFalse(endpoint.isActive());
    }

    private static WebhookDelivery delivery() {
        return new WebhookDelivery(UUID.randomUUID(), ENDPOINT, new WebhookEvent(WebhookEvent.ObjectType.TICKET,
                "abc", WebhookEvent.Action.UPDATED), NOW);
    }
}
