package dev.helpdesk.web.ticket.api;

/** How many tickets a list's filters match. */
public record TicketCountJson(long count) {
}
