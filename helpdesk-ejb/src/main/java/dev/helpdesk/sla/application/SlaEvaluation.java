package dev.helpdesk.sla.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import dev.helpdesk.sla.domain.SlaAlert;
import dev.helpdesk.sla.domain.SlaClock;
import dev.helpdesk.sla.domain.SlaState;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the SLA evaluation job does with each running clock, inside the job's chunk transaction: the level it newly
 * reached is remembered on the clock and becomes alerts for the ticket's assignee and its department's managers,
 * with their e-mails, in the same commit, so a job restarted after a crash never alerts twice.
 */
@Stateless
@LocalBean
@PermitAll
public class SlaEvaluation {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SlaCalendars calendars;

    @EJB
    private Outbox outbox;

    public long countRunningClocks() {
        return em.createQuery("SELECT COUNT(c) FROM SlaClock c WHERE c.stoppedAt IS NULL AND c.dueAt IS NOT NULL",
                Long.class).getSingleResult();
    }

    /** The next running clocks after {@code afterId}, by id: the job's keyset reader. */
    public List<Long> runningClockIds(long afterId, int max) {
        return em.createQuery("SELECT c.id FROM SlaClock c WHERE c.stoppedAt IS NULL AND c.dueAt IS NOT NULL "
                        + "AND c.id > :after ORDER BY c.id", Long.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Evaluates the clocks at {@code now}; answers how many alerts were raised (each also mailed). */
    public int evaluate(List<Long> clockIds, Instant now) {
        int alerts = 0;
        var holidays = calendars.holidays();
        for (Long id : clockIds) {
            SlaClock clock = em.find(SlaClock.class, id);
            if (clock == null) {
                continue;
            }
            var calendar = calendars.of(clock.shift(), holidays);
            var reached = clock.escalate(calendar, now);
            if (reached.isEmpty()) {
                continue;
            }
            Ticket ticket = em.find(Ticket.class, clock.ticketProtocol());
            for (Agent agent : recipients(ticket)) {
                em.persist(new SlaAlert(clock.ticketProtocol(), clock.kind(), reached.get(), agent.id(), now));
                outbox.write(alertMail(ticket, clock, reached.get(), agent, clock.due(calendar, now)));
                alerts++;
            }
        }
        return alerts;
    }

    private static MailDraft alertMail(Ticket ticket, SlaClock clock, SlaState level, Agent agent, Instant due) {
        String protocol = String.valueOf(ticket.protocol());
        String levelText = MailTexts.text("slaLevel." + level.name(), agent.language());
        return new MailDraft("sla-alert:" + protocol + ":" + clock.kind() + ":" + level + ":" + agent.id(),
                agent.email(), MailTexts.subject("slaAlert", agent.language(), protocol, levelText),
                MailTexts.body("slaAlert", agent.language(), protocol, levelText, agent.name(), ticket.subject(),
                        MailTexts.text("slaKind." + clock.kind().name(), agent.language()),
                        due == null ? "-" : MailTexts.when(due, agent.language())),
                ticket.protocol());
    }

    /** The ticket's assignee and its department's active managers. */
    private Set<Agent> recipients(Ticket ticket) {
        Set<Agent> recipients = new LinkedHashSet<>();
        if (ticket.assignedAgent() != null && ticket.assignedAgent().isActive()) {
            recipients.add(ticket.assignedAgent());
        }
        recipients.addAll(em.createQuery("SELECT a FROM Agent a JOIN a.departments d WHERE d.id = :department "
                        + "AND a.role = :manager AND a.active = TRUE", Agent.class)
                .setParameter("department", ticket.department().id())
                .setParameter("manager", AgentRole.MANAGER)
                .getResultList());
        return recipients;
    }
}
