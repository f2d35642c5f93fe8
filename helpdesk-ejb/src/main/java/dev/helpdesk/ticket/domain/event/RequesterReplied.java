package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/** The requester wrote again: the customer (panel, API or mail), or the agent who opened an internal ticket. */
public record RequesterReplied(Ticket ticket, Person by, String message, Instant at) implements TicketChanged {
}
