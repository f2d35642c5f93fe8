package dev.helpdesk.mail.application;

import dev.helpdesk.mail.domain.OutboundMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Writes e-mails to the outbox, in the caller's transaction: the mail exists if and only if the change it reports
 * was committed. The dispatcher sends it afterwards. Internal: called by other services and jobs, never by users.
 */
@Stateless
@LocalBean
@PermitAll
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Writes the mail unless one with the same dedup key was written before; answers whether it wrote it. */
    public boolean write(MailDraft draft) {
        boolean known = !em.createQuery("SELECT m.id FROM OutboundMail m WHERE m.dedupKey = :key", Long.class)
                .setParameter("key", draft.dedupKey())
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (known) {
            return false;
        }
        em.persist(new OutboundMail(draft.dedupKey(), draft.recipient(), draft.subject(), draft.body(),
                draft.ticketProtocol(), clock.instant()));
        return true;
    }
}
