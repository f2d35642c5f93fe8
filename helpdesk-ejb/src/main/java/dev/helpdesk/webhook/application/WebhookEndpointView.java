package dev.helpdesk.webhook.application;

import java.io.Serializable;
import java.time.Instant;

/** A registered receiver; the secret is never shown again after it is set. */
public record WebhookEndpointView(Long id, String url, boolean active, Instant createdAt) implements Serializable {
}
