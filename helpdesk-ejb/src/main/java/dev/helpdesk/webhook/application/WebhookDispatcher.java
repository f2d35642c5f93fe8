package dev.helpdesk.webhook.application;

import dev.helpdesk.shared.infrastructure.Settings;
import dev.helpdesk.webhook.domain.WebhookSignature;
import jakarta.annotation.PostConstruct;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts due webhook deliveries every few seconds: claims them, posts each outside any transaction with a 10-second
 * timeout, then records the answer (every attempt is kept for the delivery log). Headers: {@code X-Hub-Signature}
 * (TomTicket's), {@code X-Helpdesk-Signature} over {@code X-Helpdesk-Timestamp} and the body, and
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
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** HELPDESK_WEBHOOK_DISPATCH=false keeps a node from posting webhooks. */
    private static final boolean DISPATCHES = Boolean.parseBoolean(Settings.get("webhook.dispatch", "true"));
    /** How often due deliveries are looked for: HELPDESK_WEBHOOK_DISPATCH_SECONDS, five by default. */
    private static final long EVERY_MILLIS = Long.parseLong(Settings.get("webhook.dispatch.seconds", "5")) * 1000;

    @EJB
    private WebhookQueue queue;

    @Inject
    private Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("webhooks", false));
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
        Integer status = null;
        String response;
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "helpdesk-webhooks")
                    .header("X-Hub-Signature", WebhookSignature.hub(delivery.secret(), delivery.body()))
                    .header("X-Helpdesk-Timestamp", String.valueOf(timestamp))
                    .header("X-Helpdesk-Signature",
                            WebhookSignature.timestamped(delivery.secret(), timestamp, delivery.body()))
                    .header("X-Helpdesk-Event-Id", delivery.eventId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            status = answer.statusCode();
            response = answer.body();
        } catch (IOException | IllegalArgumentException e) {
            response = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response = "interrupted";
        }
        queue.answered(delivery.id(), status, response, clock.instant());
    }
}
