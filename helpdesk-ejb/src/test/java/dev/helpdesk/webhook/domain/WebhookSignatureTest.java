package dev.helpdesk.webhook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** TomTicket's published example, and the test vector computed from it. */
class WebhookSignatureTest {

    private static final WebhookEvent CREATED = new WebhookEvent(WebhookEvent.ObjectType.TICKET,
            "aecfa76db609289407c0e6efe66c484a", WebhookEvent.Action.CREATED);

    @Test
    void theBodyIsTomTicketsCompactJsonInItsKeyOrder() {
        assertEquals("{\"type\":\"ticket\",\"id\":\"aecfa76db609289407c0e6efe66c484a\",\"action\":\"created\"}",
                new String(CREATED.body(), StandardCharsets.UTF_8));
        assertEquals("{\"type\":\"customer\",\"id\":\"42\",\"action\":\"deleted\"}", new String(new WebhookEvent(
                WebhookEvent.ObjectType.CUSTOMER, "42", WebhookEvent.Action.DELETED).body(), StandardCharsets.UTF_8));
    }

    @Test
    void theHubSignatureMatchesTheReferenceVector() {
        assertEquals("sha1=RwmCZygrSH6PUVdUjd2vTGK1cyU=", WebhookSignature.hub("secret", CREATED.body()));
    }

    @Test
    void theTimestampedSignatureCoversTimestampAndBody() {
        String signature = WebhookSignature.timestamped("secret", 1_790_000_000L, CREATED.body());
        assertEquals(7 + 64, signature.length());
        assertEquals(signature, WebhookSignature.timestamped("secret", 1_790_000_000L, CREATED.body()));
        assertEquals(false, signature.equals(WebhookSignature.timestamped("secret", 1_790_000_001L, CREATED.body())));
        assertEquals(false, signature.equals(WebhookSignature.timestamped("other", 1_790_000_000L, CREATED.body())));
    }
}
