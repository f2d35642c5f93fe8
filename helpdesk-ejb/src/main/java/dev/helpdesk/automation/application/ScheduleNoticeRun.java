package dev.helpdesk.automation.application;

import dev.helpdesk.automation.domain.AgentNotice;
import dev.helpdesk.automation.domain.AutomationPolicy;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.TicketSituation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scheduled-notices job does (A12), inside its chunk transactions: a ticket whose scheduled start is within
 * the account's lead time gets its notice, once: an e-mail to the scheduled agent and a notice in their panel,
 * committed with the mark that it was sent.
 */
@Stateless
@LocalBean
@PermitAll
public class ScheduleNoticeRun {

    private static final List<TicketSituation> CLOSED = List.of(TicketSituation.FINISHED, TicketSituation.CANCELLED);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    public long countDue(Instant now) {
        return em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.schedule.noticedAt IS NULL "
                        + "AND t.schedule.start <= :horizon AND t.situation NOT IN :closed", Long.class)
                .setParameter("horizon", now.plus(lead()))
                .setParameter("closed", CLOSED)
                .getSingleResult();
    }

    /** The next tickets whose notice is due by {@code now}, after {@code after}, by scheduled start and protocol. */
    public List<TicketKey> due(TicketKey after, int max, Instant now) {
        return em.createQuery("SELECT new dev.helpdesk.automation.application.TicketKey(t.schedule.start, t.protocol) "
                        + "FROM Ticket t WHERE t.schedule.noticedAt IS NULL AND t.schedule.start <= :horizon "
                        + "AND t.situation NOT IN :closed "
                        + "AND (t.schedule.start > :at OR (t.schedule.start = :at AND t.protocol > :protocol)) "
                        + "ORDER BY t.schedule.start, t.protocol", TicketKey.class)
                .setParameter("horizon", now.plus(lead()))
                .setParameter("closed", CLOSED)
                .setParameter("at", after.at())
                .setParameter("protocol", after.protocol())
                .setMaxResults(max)
                .getResultList();
    }

    /** Sends the notices still due at {@code now}; answers how many left. */
    public int process(List<TicketKey> keys, Instant now) {
        if (keys.isEmpty()) {
            return 0;
        }
        Duration lead = lead();
        List<MailDraft> mails = new ArrayList<>();
        for (Ticket ticket : em.createQuery("SELECT t FROM Ticket t LEFT JOIN FETCH t.schedule.agent "
                        + "JOIN FETCH t.department WHERE t.protocol IN :protocols ORDER BY t.protocol", Ticket.class)
                .setParameter("protocols", keys.stream().map(TicketKey::protocol).toList())
                .getResultList()) {
            if (ticket.isScheduleNoticeDue(lead, now)) {
                mails.add(notice(ticket, now));
            }
        }
        outbox.writeAll(mails);
        return mails.size();
    }

    private MailDraft notice(Ticket ticket, Instant now) {
        Agent agent = ticket.scheduledAgent();
        Instant start = ticket.scheduledStart();
        ticket.markScheduleNoticed(now);
        em.persist(new AgentNotice(agent.id(), ticket.protocol(), AgentNotice.Kind.SCHEDULED_START, start, now));
        String protocol = String.valueOf(ticket.protocol());
        String when = MailTexts.when(start, agent.language());
        return new MailDraft("schedule-notice:" + protocol + ":" + start.toEpochMilli() + ":" + agent.id(),
                agent.email(), MailTexts.subject("scheduleNotice", agent.language(), protocol, when),
                MailTexts.body("scheduleNotice", agent.language(), protocol, when, agent.name(), ticket.subject(),
                        ticket.department().name()),
                ticket.protocol());
    }

    private Duration lead() {
        return em.find(AutomationPolicy.class, AutomationPolicy.ID).scheduleNoticeLead();
    }
}
