package dev.helpdesk.web.webhook.api;

import dev.helpdesk.webhook.application.WebhookDeliveryView;
import dev.helpdesk.webhook.domain.WebhookDelivery;
import dev.helpdesk.webhook.domain.WebhookEvent;
import java.time.Instant;

/** One line of the webhook delivery log as the API shows it. */
public record WebhookDeliveryJson(Long id, String eventId, Long endpointId, String url, WebhookEvent.ObjectType type,
                                  String objectId, WebhookEvent.Action action, WebhookDelivery.State state,
                                  int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                                  Integer lastStatus, String lastResponse) {

    static WebhookDeliveryJson of(WebhookDeliveryView v) {
        return new WebhookDeliveryJson(v.id(), v.eventId(), v.endpointId(), v.url(), v.type(), v.objectId(),
                v.action(), v.state(), v.attempts(), v.createdAt(), v.nextAttemptAt(), v.deliveredAt(),
                v.lastStatus(), v.lastResponse());
    }
}
