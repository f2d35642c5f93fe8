package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** An agent cancelled the ticket (situation 4), for the reason given. */
public record TicketCancelled(Ticket ticket, Agent by, String reason, Instant at) implements TicketChanged {
}
