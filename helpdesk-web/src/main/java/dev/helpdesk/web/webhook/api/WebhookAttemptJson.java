package dev.helpdesk.web.webhook.api;

import dev.helpdesk.webhook.application.WebhookAttemptView;
import java.time.Instant;

/** One try of a webhook delivery as the API shows it. */
public record WebhookAttemptJson(Instant attemptedAt, Integer statusCode, String response) {

    static WebhookAttemptJson of(WebhookAttemptView v) {
        return new WebhookAttemptJson(v.attemptedAt(), v.statusCode(), v.response());
    }
}
