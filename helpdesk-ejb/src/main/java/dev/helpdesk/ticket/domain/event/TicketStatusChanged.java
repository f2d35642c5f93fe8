package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** The department's custom status of the ticket was set, or cleared when {@code ticket.status()} is null. */
public record TicketStatusChanged(Ticket ticket, Agent by, Instant at) implements TicketChanged {
}
