package dev.helpdesk.ticket.domain;

/** External tickets come from customers; internal ones are between agents. Stored as TomTicket's letters. */
public enum TicketType {
    E, I
}
