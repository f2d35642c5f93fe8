package dev.helpdesk.webhook.application;

import dev.helpdesk.webhook.domain.WebhookDelivery;
import dev.helpdesk.webhook.domain.WebhookEndpoint;
import dev.helpdesk.webhook.domain.WebhookEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records that a ticket or customer changed, as one delivery per active endpoint, in the caller's transaction: the
 * deliveries exist if and only if the change was committed. Several changes of one object in one transaction make
 * one event. Internal: called by the observers of ticket and customer events.
 */
@Stateless
@LocalBean
@PermitAll
public class Webhooks {

    private static final String RECORDED = Webhooks.class.getName() + ".recorded";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private Clock clock;

    public void ticket(String publicId, WebhookEvent.Action action) {
        record(new WebhookEvent(WebhookEvent.ObjectType.TICKET, publicId, action));
    }

    public void customer(long customerId, WebhookEvent.Action action) {
        record(new WebhookEvent(WebhookEvent.ObjectType.CUSTOMER, String.valueOf(customerId), action));
    }

    private void record(WebhookEvent event) {
        if (!recordedInThisTransaction().add(new WebhookEvent(event.type(), event.objectId(), null))) {
            return;
        }
        List<WebhookEndpoint> endpoints = em.createQuery("SELECT e FROM WebhookEndpoint e WHERE e.active = TRUE",
                WebhookEndpoint.class).getResultList();
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        endpoints.forEach(endpoint -> em.persist(new WebhookDelivery(eventId, endpoint, event, now)));
    }

    /** The objects already reported in this transaction: a ticket created and then changed is reported created. */
    @SuppressWarnings("unchecked")
    private Set<WebhookEvent> recordedInThisTransaction() {
        Set<WebhookEvent> recorded = (Set<WebhookEvent>) transaction.getResource(RECORDED);
        if (recorded == null) {
            recorded = new HashSet<>();
            transaction.putResource(RECORDED, recorded);
        }
        return recorded;
    }
}
