package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** The auto-close job warned the requester that the ticket closes if they stay silent (it mails them itself). */
public record AutoCloseWarned(Ticket ticket, Instant at) implements TicketChanged {
}
