package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/**
 * Something that happened to a ticket, fired as a CDI event by whoever made it happen (a service, a job, the mail
 * intake) after changing the ticket and inside the same transaction. Other areas observe these synchronously (SLA
 * clocks, mails, webhooks…), so what they write commits with the change or not at all. Observe one kind, or
 * {@code TicketChanged} for all of them; {@link TicketDeleted} is fired apart, once the ticket is on its way out.
 */
public sealed interface TicketChanged permits TicketOpened, TicketAnswered, RequesterReplied, InternalNoteAdded,
        TicketAssigned, TicketTransferred, TicketStatusChanged, TicketPriorityChanged, TicketScheduled,
        TicketFinished, TicketFinishedByCustomer, TicketCancelled, TicketReopened, AutoCloseWarned, ClosedForInactivity {

    Ticket ticket();

    Instant at();
}
