package dev.helpdesk.webhook.application;

import java.io.Serializable;
import java.time.Instant;

/** One try of a delivery: when, the status (null when the receiver could not be reached) and its answer. */
public record WebhookAttemptView(Instant attemptedAt, Integer statusCode, String response) implements Serializable {
}
