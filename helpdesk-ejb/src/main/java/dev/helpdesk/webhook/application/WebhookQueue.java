package dev.helpdesk.webhook.application;

import dev.helpdesk.webhook.domain.WebhookDelivery;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The webhook dispatcher's transactions, each committed on its own. */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookQueue {

    /** A claimed delivery, as the dispatcher needs it outside any transaction. */
    public record Claimed(long id, String eventId, String url, String secret, byte[] body) {
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * Claims up to {@code max} due deliveries of active endpoints, oldest first (a deactivated endpoint's wait until
     * it is active again); a concurrent claim fails this commit, not twice.
     */
    public List<Claimed> claimDue(Instant now, int max) {
        List<WebhookDelivery> due = em.createQuery("SELECT d FROM WebhookDelivery d JOIN FETCH d.endpoint "
                        + "WHERE d.state IN :states AND d.nextAttemptAt <= :now AND d.endpoint.active = true "
                        + "ORDER BY d.nextAttemptAt, d.id",
                        WebhookDelivery.class)
                .setParameter("states", List.of(WebhookDelivery.State.PENDING, WebhookDelivery.State.SENDING))
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        due.forEach(delivery -> delivery.claim(now));
        return due.stream().map(d -> new Claimed(d.id(), d.eventId(), d.endpoint().url(), d.endpoint().secret(),
                d.event().body())).toList();
    }

    public void answered(long id, Integer status, String response, Instant now) {
        em.persist(em.find(WebhookDelivery.class, id).answered(status, response, now));
    }
}
