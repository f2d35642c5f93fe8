package dev.helpdesk.ticket.application;

import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.Ticket;
import java.util.Optional;

/**
 * The priority a new ticket gets from the account's rules before it is stored, if a rule gives one (the SLA's
 * prioritization rules implement it). Asked, not observed, because the answer decides what is stored.
 */
public interface NewTicketPriority {

    Optional<Priority> of(Ticket ticket);
}
