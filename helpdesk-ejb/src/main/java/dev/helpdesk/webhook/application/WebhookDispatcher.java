package dev.helpdesk.webhook.application;

import dev.helpdesk.shared.infrastructure.Destinations;
import dev.helpdesk.shared.infrastructure.Settings;
import dev.helpdesk.webhook.infrastructure.WebhookHttp;
import dev.helpdesk.webhook.domain.WebhookSignature;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts due webhook deliveries every few seconds: claims them, posts each outside any transaction with a 10-second
 * timeout to the receivers the {@link Destinations} allow, then records the status and an excerpt (every attempt is
 * kept for the delivery log). Headers: {@code X-Hub-Signature} (TomTicket's), {@code X-Helpdesk-Signature} over {@code X-Helpdesk-Timestamp} and the body, and
 * {@code X-Helpdesk-Event-Id}, the same on every attempt and replay so that receivers can drop duplicates.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int BATCH = 50;
    /** HELPDESK_WEBHOOK_DISPATCH=false keeps a node from posting webhooks. */
    private static final boolean DISPATCHES = Boolean.parseBoolean(Settings.get("webhook.dispatch", "true"));
    /** How often due deliveries are looked for: HELPDESK_WEBHOOK_DISPATCH_SECONDS, five by default. */
    private static final long EVERY_MILLIS = Long.parseLong(Settings.get("webhook.dispatch.seconds", "5")) * 1000;

    @EJB
    private WebhookQueue queue;

    @Inject
    private Clock clock;

    @Inject
    private Destinations destinations;

    private WebhookHttp http;
    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        http = new WebhookHttp(destinations);
        timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("webhooks", false));
    }

    @PreDestroy
    void stop() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the webhooks' HTTP client failed", e);
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void postDue() {
        if (!DISPATCHES || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<WebhookQueue.Claimed> claimed;
            do {
                claimed = queue.claimDue(clock.instant(), BATCH);
                claimed.forEach(this::post);
            } while (claimed.size() == BATCH);
        } catch (PersistenceException | EJBException e) {
            LOG.log(Level.FINE, "Another dispatcher claimed these deliveries first; trying again shortly", e);
        } finally {
            running.set(false);
        }
    }

    private void post(WebhookQueue.Claimed delivery) {
        long timestamp = clock.instant().getEpochSecond();
        WebhookHttp.Answer answer = http.post(delivery.url(), delivery.body(), Map.of(
                "X-Hub-Signature", WebhookSignature.hub(delivery.secret(), delivery.body()),
                "X-Helpdesk-Timestamp", String.valueOf(timestamp),
                "X-Helpdesk-Signature", WebhookSignature.timestamped(delivery.secret(), timestamp, delivery.body()),
                "X-Helpdesk-Event-Id", delivery.eventId()));
        queue.answered(delivery.id(), answer.status(), answer.excerpt(), clock.instant());
    }
}
