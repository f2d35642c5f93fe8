package dev.helpdesk.automation.application;

import dev.helpdesk.automation.domain.AutomationPolicy;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.ticket.domain.InactivityPolicy;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.event.AutoCloseWarned;
import dev.helpdesk.ticket.domain.event.ClosedForInactivity;
import dev.helpdesk.ticket.domain.event.TicketChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the auto-close job does (C1), inside its chunk transactions: tickets waiting on the customer past the
 * account's limit are warned, and warned ones left unanswered are closed, each with its e-mail written to the
 * outbox in the same commit. A restarted run re-reads from its checkpoint; a ticket already warned is not warned
 * again (the ticket remembers it, and the mail's dedup key names the waiting period).
 */
@Stateless
@LocalBean
@PermitAll
public class AutoCloseRun {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    @Inject
    private Event<TicketChanged> changes;

    public long countCandidates(Instant now) {
        InactivityPolicy policy = policy();
        if (!policy.enabled()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.waitingSince <= :cutoff "
                        + "AND t.situation = :waiting", Long.class)
                .setParameter("cutoff", policy.waitingCutoff(now))
                .setParameter("waiting", TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER)
                .getSingleResult();
    }

    /** The next tickets waiting on the customer since before the limit, after {@code after}, in key order. */
    public List<TicketKey> candidates(TicketKey after, int max, Instant now) {
        InactivityPolicy policy = policy();
        if (!policy.enabled()) {
            return List.of();
        }
        return em.createQuery("SELECT new dev.helpdesk.automation.application.TicketKey(t.waitingSince, t.protocol) "
                        + "FROM Ticket t WHERE t.waitingSince <= :cutoff AND t.situation = :waiting "
                        + "AND (t.waitingSince > :at OR (t.waitingSince = :at AND t.protocol > :protocol)) "
                        + "ORDER BY t.waitingSince, t.protocol", TicketKey.class)
                .setParameter("cutoff", policy.waitingCutoff(now))
                .setParameter("waiting", TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER)
                .setParameter("at", after.at())
                .setParameter("protocol", after.protocol())
                .setMaxResults(max)
                .getResultList();
    }

    /** Warns or closes each ticket that is due for it at {@code now}; answers how many were acted on. */
    public int process(List<TicketKey> keys, Instant now) {
        InactivityPolicy policy = policy();
        List<MailDraft> mails = new ArrayList<>();
        for (Ticket ticket : tickets(keys)) {
            switch (policy.stepFor(ticket, now)) {
                case WARN -> {
                    mails.add(warn(ticket, policy, now));
                    changes.fire(new AutoCloseWarned(ticket, now));
                }
                case CLOSE -> {
                    mails.add(close(ticket, policy, now));
                    changes.fire(new ClosedForInactivity(ticket, now));
                }
                case NOTHING -> {
                }
            }
        }
        outbox.writeAll(mails);
        return mails.size();
    }

    private List<Ticket> tickets(List<TicketKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Ticket t LEFT JOIN FETCH t.customer LEFT JOIN FETCH t.requesterAgent "
                        + "LEFT JOIN FETCH t.status WHERE t.protocol IN :protocols ORDER BY t.protocol", Ticket.class)
                .setParameter("protocols", keys.stream().map(TicketKey::protocol).toList())
                .getResultList();
    }

    private MailDraft warn(Ticket ticket, InactivityPolicy policy, Instant now) {
        ticket.warnOfAutoClose(now);
        Person requester = requester(ticket);
        Instant closesAt = now.plus(Duration.ofDays(policy.closeAfterDays()));
        return new MailDraft("auto-close-warning:" + ticket.protocol() + ":" + ticket.waitingSince().toEpochMilli(),
                requester.email(),
                MailTexts.subject("autoCloseWarning", requester.language(), String.valueOf(ticket.protocol())),
                MailTexts.body("autoCloseWarning", requester.language(), String.valueOf(ticket.protocol()),
                        requester.name(), ticket.subject(), MailTexts.when(ticket.waitingSince(), requester.language()),
                        MailTexts.when(closesAt, requester.language())),
                ticket.protocol());
    }

    private MailDraft close(Ticket ticket, InactivityPolicy policy, Instant now) {
        Person requester = requester(ticket);
        String dedupKey = "auto-closed:" + ticket.protocol() + ":" + ticket.autoCloseWarnedAt().toEpochMilli();
        ticket.closeForInactivity(MailTexts.text("autoClosed.note", requester.language(),
                String.valueOf(policy.closeAfterDays())), now);
        return new MailDraft(dedupKey, requester.email(),
                MailTexts.subject("autoClosed", requester.language(), String.valueOf(ticket.protocol())),
                MailTexts.body("autoClosed", requester.language(), String.valueOf(ticket.protocol()),
                        requester.name(), ticket.subject()),
                ticket.protocol());
    }

    /** Who waits on the answer: the customer, or the agent who opened an internal ticket. */
    private static Person requester(Ticket ticket) {
        return ticket.customer() != null ? ticket.customer() : ticket.requesterAgent();
    }

    private InactivityPolicy policy() {
        return em.find(AutomationPolicy.class, AutomationPolicy.ID).inactivityPolicy();
    }
}
