package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** An agent who handles the ticket answered its requester. */
public record TicketAnswered(Ticket ticket, Agent by, String message, Instant at) implements TicketChanged {
}
