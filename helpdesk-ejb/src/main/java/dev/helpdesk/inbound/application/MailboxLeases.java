package dev.helpdesk.inbound.application;

import dev.helpdesk.inbound.domain.InboundMailbox;
import dev.helpdesk.shared.domain.Inputs;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which node reads a mailbox: a lease in the mailbox's row, taken with one conditional update, so two nodes of a
 * cluster never read the same mailbox at once. A node that dies holding one gives it back when it starts again
 * (its name does not change), or loses it when the lease runs out. Each operation commits on its own.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailboxLeases {

    public static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    /** The active mailboxes due for a visit, with what the poller needs to connect. */
    public List<InboundMailbox> due(Instant now) {
        List<InboundMailbox> due = em.createQuery("SELECT m FROM InboundMailbox m WHERE m.active = TRUE ORDER BY m.id",
                        InboundMailbox.class)
                .getResultStream().filter(m -> m.isDue(now)).toList();
        due.forEach(em::detach);
        return due;
    }

    public boolean take(long mailboxId, String node, Instant now) {
        return em.createNativeQuery("UPDATE inbound_mailbox SET lease_owner = ?1, lease_until = ?2 WHERE id = ?3 "
                        + "AND (lease_until IS NULL OR lease_until < ?4 OR lease_owner = ?1)")
                .setParameter(1, node).setParameter(2, now.plus(LEASE)).setParameter(3, mailboxId)
                .setParameter(4, now).executeUpdate() == 1;
    }

    /** Ends a visit: records when and how it went (a null error: it was read), and frees the mailbox. */
    public void release(long mailboxId, String node, Instant now, String error) {
        em.createNativeQuery("UPDATE inbound_mailbox SET last_polled_at = ?1, last_error = ?2, lease_owner = NULL, "
                        + "lease_until = NULL WHERE id = ?3 AND lease_owner = ?4")
                .setParameter(1, now)
                .setParameter(2, Inputs.shortened(error, 1000))
                .setParameter(3, mailboxId).setParameter(4, node).executeUpdate();
    }

    public int releaseAllOf(String node) {
        return em.createNativeQuery("UPDATE inbound_mailbox SET lease_owner = NULL, lease_until = NULL "
                + "WHERE lease_owner = ?1").setParameter(1, node).executeUpdate();
    }
}
