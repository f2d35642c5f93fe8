package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** An agent added an internal note, which the customer never sees. */
public record InternalNoteAdded(Ticket ticket, Agent by, Instant at) implements TicketChanged {
}
