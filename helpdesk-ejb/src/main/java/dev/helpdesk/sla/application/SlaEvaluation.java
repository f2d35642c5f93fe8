package dev.helpdesk.sla.application;

import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.sla.domain.SlaAlert;
import dev.helpdesk.sla.domain.SlaClock;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
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
 * in the same commit, so a job restarted after a crash never alerts twice.
 */
@Stateless
@LocalBean
@PermitAll
public class SlaEvaluation {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SlaCalendars calendars;

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

    /** Evaluates the clocks at {@code now}; answers how many alerts were raised. */
    public int evaluate(List<Long> clockIds, Instant now) {
        int alerts = 0;
        var holidays = calendars.holidays();
        for (Long id : clockIds) {
            SlaClock clock = em.find(SlaClock.class, id);
            if (clock == null) {
                continue;
            }
            var reached = clock.escalate(calendars.of(clock.shift(), holidays), now);
            if (reached.isEmpty()) {
                continue;
            }
            for (Long agentId : recipients(clock.ticketProtocol())) {
                em.persist(new SlaAlert(clock.ticketProtocol(), clock.kind(), reached.get(), agentId, now));
                alerts++;
            }
        }
        return alerts;
    }

    private Set<Long> recipients(long protocol) {
        Ticket ticket = em.find(Ticket.class, protocol);
        Set<Long> recipients = new LinkedHashSet<>();
        if (ticket.assignedAgent() != null) {
            recipients.add(ticket.assignedAgent().id());
        }
        recipients.addAll(em.createQuery("SELECT a.id FROM Agent a JOIN a.departments d WHERE d.id = :department "
                        + "AND a.role = :manager AND a.active = TRUE", Long.class)
                .setParameter("department", ticket.department().id())
                .setParameter("manager", AgentRole.MANAGER)
                .getResultList());
        return recipients;
    }
}
