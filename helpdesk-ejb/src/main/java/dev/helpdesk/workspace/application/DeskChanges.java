package dev.helpdesk.workspace.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.event.TicketChanged;
import dev.helpdesk.ticket.domain.event.TicketDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Turns ticket events into {@link DeskChange}s for the panels: read while the change's transaction is open (the
 * ticket is still managed), handed to the fan-out only once it committed, so that nobody refreshes to see a change
 * that was rolled back.
 */
@ApplicationScoped
public class DeskChanges {

    @Inject
    private Event<DeskChange> committed;

    @Inject
    private DeskFanout fanout;

    void onTicketChanged(@Observes TicketChanged event) {
        Ticket ticket = event.ticket();
        Agent assignee = ticket.assignedAgent();
        committed.fire(new DeskChange(ticket.protocol(), ticket.department().id(),
                assignee == null ? null : assignee.id(), event.getClass().getSimpleName()));
    }

    void onTicketDeleted(@Observes TicketDeleted event) {
        committed.fire(new DeskChange(event.protocol(), null, null, TicketDeleted.class.getSimpleName()));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeskChange change) {
        fanout.publish(change);
    }
}
