package dev.helpdesk.webhook.domain;

import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event on its way to one endpoint, written in the transaction of the change. Sending claims it for a while (a
 * lease) so that two dispatchers never post it at once; a receiver that is down or answers other than 2xx gets it
 * again after 1 minute, 5, 30, 2 hours, 6, 12 and 24 (about two days in all), then it stays FAILED in the log. A
 * replay from the log sends it again under the same event id.
 */
@Entity
public class WebhookDelivery {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final List<Duration> PAUSES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));
    public static final int MAX_ATTEMPTS = PAUSES.size() + 1;
    private static final int MAX_RESPONSE_LENGTH = 1000;

    public enum State {
        PENDING, SENDING, DELIVERED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String eventId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "endpoint_id")
    private WebhookEndpoint endpoint;

    @Enumerated(EnumType.STRING)
    private WebhookEvent.ObjectType objectType;

    private String objectId;

    @Enumerated(EnumType.STRING)
    private WebhookEvent.Action action;

    @Enumerated(EnumType.STRING)
    private State state;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant createdAt;

    private Instant deliveredAt;

    private Integer lastStatus;

    private String lastResponse;

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(UUID eventId, WebhookEndpoint endpoint, WebhookEvent event, Instant now) {
        this.eventId = eventId.toString();
        this.endpoint = endpoint;
        this.objectType = event.type();
        this.objectId = event.objectId();
        this.action = event.action();
        this.state = State.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public boolean isDue(Instant now) {
        return (state == State.PENDING || state == State.SENDING) && !nextAttemptAt.isAfter(now);
    }

    public void claim(Instant now) {
        if (!isDue(now)) {
            throw new IllegalStateException("Delivery " + id + " is not due");
        }
        state = State.SENDING;
        nextAttemptAt = now.plus(LEASE);
    }

    /** The receiver's answer, or {@code status} null when it could not be reached ({@code response} says why). */
    public WebhookAttempt answered(Integer status, String response, Instant now) {
        attempts++;
        lastStatus = status;
        lastResponse = cut(response);
        if (status != null && status >= 200 && status < 300) {
            state = State.DELIVERED;
            deliveredAt = now;
        } else if (attempts >= MAX_ATTEMPTS) {
            state = State.FAILED;
        } else {
            state = State.PENDING;
            nextAttemptAt = now.plus(PAUSES.get(attempts - 1));
        }
        return new WebhookAttempt(this, now, status, lastResponse);
    }

    /** Sends it again now, under the same event id, whatever came of it before. */
    public void replay(Instant now) {
        state = State.PENDING;
        nextAttemptAt = now;
    }

    public WebhookEvent event() {
        return new WebhookEvent(objectType, objectId, action);
    }

    private static String cut(String text) {
        return Inputs.shortened(text, MAX_RESPONSE_LENGTH);
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public WebhookEndpoint endpoint() {
        return endpoint;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }
}
