package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** The start of work on the ticket was scheduled, or the schedule cleared. */
public record TicketScheduled(Ticket ticket, Agent by, Instant at) implements TicketChanged {
}
