package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** The ticket moved to another department and category. */
public record TicketTransferred(Ticket ticket, Agent by, Instant at) implements TicketChanged {
}
