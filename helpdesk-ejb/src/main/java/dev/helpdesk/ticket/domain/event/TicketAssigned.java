package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** The ticket was assigned to {@code ticket.assignedAgent()}, or released when that is null. */
public record TicketAssigned(Ticket ticket, Agent by, Instant at) implements TicketChanged {
}
