package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.TicketFacts;
import dev.helpdesk.dashboard.domain.TicketFigures;
import dev.helpdesk.sla.application.SlaCalendars;
import dev.helpdesk.ticket.domain.TicketEventKind;
import dev.helpdesk.ticket.domain.TicketSituation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the dashboard-figures job does, a chunk of tickets at a time: makes each ticket's summary row say what the
 * ticket and its history say (writing the missing rows, correcting the drifted ones), then removes the rows of
 * tickets that are gone. Called by the job in its chunk transactions.
 */
@Stateless
@PermitAll
public class TicketFiguresReconciliation {

    @PersistenceContext
    private EntityManager em;

    /** The next ticket protocols after {@code after}, ascending. */
    public List<Long> protocolsAfter(long after, int max) {
        return em.createQuery("SELECT t.protocol FROM Ticket t WHERE t.protocol > :after ORDER BY t.protocol",
                        Long.class)
                .setParameter("after", after).setMaxResults(max).getResultList();
    }

    public long countTickets() {
        return em.createQuery("SELECT COUNT(t) FROM Ticket t", Long.class).getSingleResult();
    }

    /** Reconciles the rows of these tickets; answers how many were written or corrected. */
    public int reconcile(List<Long> protocols) {
        if (protocols.isEmpty()) {
            return 0;
        }
        ZoneId zone = SlaCalendars.zone();
        Map<Long, TicketFigures> rows = em.createQuery("SELECT f FROM TicketFigures f WHERE f.protocol IN :protocols",
                        TicketFigures.class)
                .setParameter("protocols", protocols).getResultList().stream()
                .collect(Collectors.toMap(TicketFigures::protocol, Function.identity()));
        int changed = 0;
        for (TicketFacts facts : facts(em, protocols)) {
            TicketFigures row = rows.get(facts.protocol());
            if (row == null) {
                em.persist(TicketFigures.of(facts, zone));
                changed++;
            } else if (row.reconcile(facts, zone)) {
                changed++;
            }
        }
        return changed;
    }

    /** Removes the rows whose ticket no longer exists; answers how many. */
    public int removeOrphans() {
        return em.createQuery("DELETE FROM TicketFigures f WHERE NOT EXISTS "
                + "(SELECT t.protocol FROM Ticket t WHERE t.protocol = f.protocol)").executeUpdate();
    }

    /** The facts of these tickets, read in two queries: the tickets, then their first agent answers. */
    static List<TicketFacts> facts(EntityManager em, List<Long> protocols) {
        Map<Long, Instant> firstAnswers = em.createQuery("SELECT e.ticket.protocol, MIN(e.createdAt) "
                        + "FROM TicketEvent e WHERE e.ticket.protocol IN :protocols AND e.kind = :answered "
                        + "GROUP BY e.ticket.protocol", Object[].class)
                .setParameter("protocols", protocols).setParameter("answered", TicketEventKind.ANSWERED)
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Instant) r[1]));
        return em.createQuery("SELECT t.protocol, t.situation, d.id, a.id, r.id, t.createdAt, t.closedAt "
                        + "FROM Ticket t JOIN t.department d LEFT JOIN t.assignedAgent a LEFT JOIN t.requesterAgent r "
                        + "WHERE t.protocol IN :protocols", Object[].class)
                .setParameter("protocols", protocols).getResultList().stream()
                .map(row -> new TicketFacts((Long) row[0], (TicketSituation) row[1], (Long) row[2], (Long) row[3],
                        (Long) row[4], (Instant) row[5], firstAnswers.get((Long) row[0]), (Instant) row[6]))
                .toList();
    }
}
