package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** The customer finished their own ticket, as the status applied to it allowed. */
public record TicketFinishedByCustomer(Ticket ticket, Customer by, Instant at) implements TicketChanged {
}
