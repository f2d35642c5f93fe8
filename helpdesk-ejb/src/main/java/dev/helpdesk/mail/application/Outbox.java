package dev.helpdesk.mail.application;

import dev.helpdesk.mail.domain.MailSender;
import dev.helpdesk.mail.domain.OutboundMail;
import dev.helpdesk.mail.domain.TicketMailTag;
import dev.helpdesk.shared.infrastructure.ServerKey;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes e-mails to the outbox, in the caller's transaction: the mail exists if and only if the change it reports
 * was committed. A ticket's "[#protocol]" in a subject or text gets the code that lets a reply be trusted, and a
 * mail about a ticket comes from the ticket's department as {@link TicketMailSender} says. The dispatcher sends it
 * afterwards. Internal: called by other services and jobs, never by users.
 */
@Stateless
@LocalBean
@PermitAll
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private TicketMailSender senders;

    private final TicketMailTag tags = new TicketMailTag(ServerKey.box());

    /** Writes the mail unless one with the same dedup key was written before; answers whether it wrote it. */
    public boolean write(MailDraft draft) {
        return writeAll(List.of(draft)) == 1;
    }

    /** Writes the mails whose dedup keys are new, with one query for the keys; answers how many it wrote. */
    public int writeAll(List<MailDraft> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Set<String> known = new HashSet<>(em.createQuery("SELECT m.dedupKey FROM OutboundMail m "
                        + "WHERE m.dedupKey IN :keys", String.class)
                .setParameter("keys", drafts.stream().map(MailDraft::dedupKey).distinct().toList())
                .getResultList());
        Instant now = clock.instant();
        Map<Long, MailSender> senderOf = new HashMap<>();
        int written = 0;
        for (MailDraft draft : drafts) {
            if (known.add(draft.dedupKey())) {
                Long ticket = draft.ticketProtocol();
                MailSender sender = ticket == null ? MailSender.ACCOUNT
                        : senderOf.computeIfAbsent(ticket, senders::of);
                OutboundMail mail = new OutboundMail(draft.dedupKey(), draft.recipient(),
                        ticket == null ? draft.subject() : tags.signed(draft.subject(), ticket),
                        ticket == null ? draft.body() : tags.signed(draft.body(), ticket), ticket, draft.kind(),
                        sender, now);
                if (draft.htmlBody() != null) {
                    mail.alsoAsHtml(ticket == null ? draft.htmlBody() : tags.signed(draft.htmlBody(), ticket));
                }
                em.persist(mail);
                written++;
            }
        }
        return written;
    }

    /** A deleted ticket's mails: the unsent ones are dropped, the sent ones stay on record without the ticket. */
    public void forgetTicket(long protocol) {
        em.createNativeQuery("DELETE FROM outbound_mail WHERE ticket_protocol = ?1 AND state <> 'SENT'")
                .setParameter(1, protocol).executeUpdate();
        em.createNativeQuery("UPDATE outbound_mail SET ticket_protocol = NULL WHERE ticket_protocol = ?1")
                .setParameter(1, protocol).executeUpdate();
    }
}
