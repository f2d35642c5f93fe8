package dev.helpdesk.webhook.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One try to deliver a webhook: when, the receiver's status (null when unreachable) and what it answered. */
@Entity
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id")
    private WebhookDelivery delivery;

    private Instant attemptedAt;

    private Integer statusCode;

    private String response;

    protected WebhookAttempt() {
    }

    WebhookAttempt(WebhookDelivery delivery, Instant attemptedAt, Integer statusCode, String response) {
        this.delivery = delivery;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.response = response;
    }
}
