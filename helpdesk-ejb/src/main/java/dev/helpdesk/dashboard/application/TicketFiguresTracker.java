package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.TicketFacts;
import dev.helpdesk.dashboard.domain.TicketFigures;
import dev.helpdesk.sla.application.SlaCalendars;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.event.ClosedForInactivity;
import dev.helpdesk.ticket.domain.event.TicketAnswered;
import dev.helpdesk.ticket.domain.event.TicketAssigned;
import dev.helpdesk.ticket.domain.event.TicketCancelled;
import dev.helpdesk.ticket.domain.event.TicketDeleted;
import dev.helpdesk.ticket.domain.event.TicketFinished;
import dev.helpdesk.ticket.domain.event.TicketFinishedByCustomer;
import dev.helpdesk.ticket.domain.event.TicketOpened;
import dev.helpdesk.ticket.domain.event.TicketReopened;
import dev.helpdesk.ticket.domain.event.TicketTransferred;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Keeps each ticket's summary row in step with its events, inside the transaction of the change: opening writes
 * it, the first agent answer gives its first response, finishing (by an agent, the customer or for inactivity)
 * and reopening move its finish, assignment and transfer its scope columns, deletion removes it. A row found
 * missing (a ticket written before this existed, or by bulk load) is made from the ticket; the dashboard-figures
 * job corrects whatever drifted.
 */
@Stateless
@LocalBean
@PermitAll
public class TicketFiguresTracker {

    @PersistenceContext
    private EntityManager em;

    public void opened(@Observes TicketOpened opened) {
        em.persist(TicketFigures.of(TicketFacts.of(opened.ticket(), null), SlaCalendars.zone()));
    }

    public void answered(@Observes TicketAnswered answered) {
        Ticket ticket = answered.ticket();
        figures(ticket).answered(answered.at(), ticket.createdAt(), SlaCalendars.zone());
    }

    public void finished(@Observes TicketFinished finished) {
        follow(finished.ticket());
    }

    public void finishedByCustomer(@Observes TicketFinishedByCustomer finished) {
        follow(finished.ticket());
    }

    public void closedForInactivity(@Observes ClosedForInactivity closed) {
        follow(closed.ticket());
    }

    public void cancelled(@Observes TicketCancelled cancelled) {
        follow(cancelled.ticket());
    }

    public void reopened(@Observes TicketReopened reopened) {
        follow(reopened.ticket());
    }

    public void assigned(@Observes TicketAssigned assigned) {
        follow(assigned.ticket());
    }

    public void transferred(@Observes TicketTransferred transferred) {
        follow(transferred.ticket());
    }

    public void deleted(@Observes TicketDeleted deleted) {
        em.createQuery("DELETE FROM TicketFigures f WHERE f.protocol = :protocol")
                .setParameter("protocol", deleted.protocol()).executeUpdate();
    }

    private void follow(Ticket ticket) {
        figures(ticket).follow(TicketFacts.of(ticket, null), SlaCalendars.zone());
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
