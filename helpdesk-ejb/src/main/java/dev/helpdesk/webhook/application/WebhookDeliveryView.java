package dev.helpdesk.webhook.application;

import dev.helpdesk.webhook.domain.WebhookDelivery;
import dev.helpdesk.webhook.domain.WebhookEvent;
import java.io.Serializable;
import java.time.Instant;

/** One line of the delivery log: the event, where it went, where it stands, and the receiver's last answer. */
public record WebhookDeliveryView(Long id, String eventId, Long endpointId, String url, WebhookEvent.ObjectType type,
                                  String objectId, WebhookEvent.Action action, WebhookDelivery.State state,
                                  int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                                  Integer lastStatus, String lastResponse) implements Serializable {
}
