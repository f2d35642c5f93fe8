package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** An agent gave the ticket another priority. */
public record TicketPriorityChanged(Ticket ticket, Agent by, Instant at) implements TicketChanged {
}
