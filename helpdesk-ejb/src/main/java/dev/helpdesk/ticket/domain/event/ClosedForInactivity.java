package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** The auto-close job closed a ticket its requester left unanswered (it mails them itself). */
public record ClosedForInactivity(Ticket ticket, Instant at) implements TicketChanged {
}
