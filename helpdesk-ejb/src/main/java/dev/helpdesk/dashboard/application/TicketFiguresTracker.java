package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.TicketFacts;
import dev.helpdesk.dashboard.domain.TicketFigures;
import dev.helpdesk.dashboard.domain.TicketPlace;
import dev.helpdesk.sla.application.SlaCalendars;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.event.TicketAnswered;
import dev.helpdesk.ticket.domain.event.TicketChanged;
import dev.helpdesk.ticket.domain.event.TicketDeleted;
import dev.helpdesk.ticket.domain.event.TicketOpened;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeps each ticket's summary row and the open-ticket counts in step with its events, inside the transaction of
 * the change: opening writes the row and counts the ticket; every later change makes the row follow the ticket
 * (situation, department, assignee, finish; the first agent answer gives its first response) and, where that moved
 * the ticket to another place, counts it there instead; deletion removes the row and the count. A row found
 * missing (a ticket written before this existed, or by bulk load) is made from the ticket; the dashboard-figures
 * job corrects whatever drifted.
 */
@Stateless
@LocalBean
@PermitAll
public class TicketFiguresTracker {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OpenTicketCounts counts;

    public void changed(@Observes TicketChanged change) {
        Ticket ticket = change.ticket();
        ZoneId zone = SlaCalendars.zone();
        if (change instanceof TicketOpened) {
            TicketFacts facts = TicketFacts.of(ticket, null);
            em.persist(TicketFigures.of(facts, zone));
            counts.moved(null, facts.place());
            return;
        }
        TicketFigures figures = figures(ticket);
        TicketPlace before = figures.place();
        if (change instanceof TicketAnswered answered) {
            figures.answered(answered.at(), ticket.createdAt(), zone);
        }
        figures.follow(TicketFacts.of(ticket, null), zone);
        counts.moved(before, figures.place());
    }

    public void deleted(@Observes TicketDeleted deleted) {
        TicketFigures figures = em.find(TicketFigures.class, deleted.protocol());
        if (figures != null) {
            counts.moved(figures.place(), null);
            em.remove(figures);
        }
    }

    private TicketFigures figures(Ticket ticket) {
        TicketFigures figures = em.find(TicketFigures.class, ticket.protocol());
        if (figures == null) {
            figures = TicketFigures.of(TicketFiguresReconciliation.facts(em, List.of(ticket.protocol()))
                    .get(0), SlaCalendars.zone());
            em.persist(figures);
        }
        return figures;
    }
}
