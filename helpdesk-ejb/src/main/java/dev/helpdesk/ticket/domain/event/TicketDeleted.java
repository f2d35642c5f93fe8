package dev.helpdesk.ticket.domain.event;

import java.time.Instant;

/**
 * An administrator is deleting the ticket: fired before its rows go, in the same transaction, so that each area
 * removes (or lets go of) its own rows of that ticket. {@code summary} describes what was deleted, for the record.
 */
public record TicketDeleted(long protocol, String publicId, String summary, Instant at) {
}
