package dev.helpdesk.web.webhook.api;

import dev.helpdesk.webhook.application.WebhookEndpointView;
import java.time.Instant;

/** A registered webhook receiver as the API shows it, without its secret. */
public record WebhookEndpointJson(Long id, String url, boolean active, Instant createdAt) {

    static WebhookEndpointJson of(WebhookEndpointView v) {
        return new WebhookEndpointJson(v.id(), v.url(), v.active(), v.createdAt());
    }
}
