package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/**
 * A new ticket was stored (from the panel, the API or a mail); {@code openedBy} is the customer or the agent who opened
 * it.
 */
public record TicketOpened(Ticket ticket, Person openedBy, Instant at) implements TicketChanged {
}
