package dev.helpdesk.mail.application;

import dev.helpdesk.mail.domain.MailKind;
import dev.helpdesk.mail.domain.MailSender;
import dev.helpdesk.mail.domain.OutboundMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The dispatcher's transactions on the outbox, each committed on its own so that one mail never holds up another. */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailQueue {

    /** A claimed mail, as the dispatcher needs it outside any transaction. */
    public record Claimed(long id, String recipient, String subject, String body, String messageId,
                          Long ticketProtocol, MailKind kind, MailSender sender, String htmlBody) {
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * Claims up to {@code max} due mails, oldest first. Another dispatcher claiming the same mail at once makes this
     * commit fail on the version check: nothing is claimed twice, and the loser tries again on its next round.
     */
    public List<Claimed> claimDue(String node, Instant now, int max) {
        List<OutboundMail> due = em.createQuery("SELECT m FROM OutboundMail m WHERE m.state IN :states "
                        + "AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", OutboundMail.class)
                .setParameter("states", List.of(OutboundMail.State.PENDING, OutboundMail.State.SENDING))
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        due.forEach(mail -> mail.claim(node, now));
        return due.stream()
                .map(m -> new Claimed(m.id(), m.recipient(), m.subject(), m.body(), m.messageId(),
                        m.ticketProtocol(), m.kind(), m.sender(), m.htmlBody()))
                .toList();
    }

    /**
     * Gives back the claims a node held when it stopped: at its start nothing of it can be sending, so they need not
     * wait for their lease to run out.
     */
    public int releaseClaimsOf(String node, Instant now) {
        return em.createQuery("UPDATE OutboundMail m SET m.state = :pending, m.nextAttemptAt = :now, "
                        + "m.claimedBy = NULL WHERE m.state = :sending AND m.claimedBy = :node")
                .setParameter("pending", OutboundMail.State.PENDING)
                .setParameter("sending", OutboundMail.State.SENDING)
                .setParameter("now", now)
                .setParameter("node", node)
                .executeUpdate();
    }

    public void sent(long id, Instant now) {
        em.find(OutboundMail.class, id).sent(now);
    }

    public void failed(long id, String error, Instant now) {
        em.find(OutboundMail.class, id).failed(error, now);
    }
}
