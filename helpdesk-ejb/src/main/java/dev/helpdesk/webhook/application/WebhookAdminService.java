package dev.helpdesk.webhook.application;

import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.shared.infrastructure.Destinations;
import dev.helpdesk.webhook.domain.WebhookDelivery;
import dev.helpdesk.webhook.domain.WebhookEndpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/**
 * Management › Webhooks: the receivers (only where the {@link Destinations} allow), the delivery log with each attempt, and replaying a delivery. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WebhookAdminService {

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Destinations destinations;

    public List<WebhookEndpointView> endpoints() {
        return em.createQuery("SELECT new dev.helpdesk.webhook.application.WebhookEndpointView(e.id, e.url, "
                + "e.active, e.createdAt) FROM WebhookEndpoint e ORDER BY e.id", WebhookEndpointView.class)
                .getResultList();
    }

    public WebhookEndpointView register(String url, String secret, boolean active) {
        WebhookEndpoint endpoint = new WebhookEndpoint(url, secret, active, clock.instant());
        requireAllowed(endpoint);
        em.persist(endpoint);
        em.flush();
        return view(endpoint);
    }

    /** A null secret keeps the current one. */
    public WebhookEndpointView change(long id, String url, String secret, boolean active) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id);
        if (endpoint == null) {
            throw new NotFoundException("webhook", id);
        }
        endpoint.change(url, secret, active);
        requireAllowed(endpoint);
        return view(endpoint);
    }

    /** The log, newest first, a page at a time (keyset on the id), optionally of one endpoint or one state. */
    public List<WebhookDeliveryView> deliveries(Long endpointId, WebhookDelivery.State state, Long beforeId,
                                                int max) {
        String where = (endpointId == null ? "" : " AND e.id = :endpoint")
                + (state == null ? "" : " AND d.state = :state")
                + (beforeId == null ? "" : " AND d.id < :before");
        TypedQuery<WebhookDeliveryView> query = em.createQuery("SELECT new dev.helpdesk.webhook.application."
                        + "WebhookDeliveryView(d.id, d.eventId, e.id, e.url, d.objectType, d.objectId, d.action, "
                        + "d.state, d.attempts, d.createdAt, d.nextAttemptAt, d.deliveredAt, d.lastStatus, "
                        + "d.lastResponse) FROM WebhookDelivery d JOIN d.endpoint e WHERE 1 = 1" + where
                        + " ORDER BY d.id DESC", WebhookDeliveryView.class)
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)));
        if (endpointId != null) {
            query.setParameter("endpoint", endpointId);
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.getResultList();
    }

    public List<WebhookAttemptView> attempts(long deliveryId) {
        delivery(deliveryId);
        return em.createQuery("SELECT new dev.helpdesk.webhook.application.WebhookAttemptView(a.attemptedAt, "
                        + "a.statusCode, a.response) FROM WebhookAttempt a WHERE a.delivery.id = :delivery "
                        + "ORDER BY a.id", WebhookAttemptView.class)
                .setParameter("delivery", deliveryId)
                .getResultList();
    }

    /** Sends the delivery again now, under the same event id. */
    public void replay(long deliveryId) {
        delivery(deliveryId).replay(clock.instant());
    }

    private WebhookDelivery delivery(long id) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        if (delivery == null) {
            throw new NotFoundException("webhook delivery", id);
        }
        return delivery;
    }

    private void requireAllowed(WebhookEndpoint endpoint) {
        destinations.requireAllowed("url", endpoint.host(), endpoint.port());
    }

    private static WebhookEndpointView view(WebhookEndpoint endpoint) {
        return new WebhookEndpointView(endpoint.id(), endpoint.url(), endpoint.isActive(), endpoint.createdAt());
    }
}
