package dev.helpdesk.ticket.domain.event;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.ticket.domain.Ticket;
import java.time.Instant;

/**
 * An agent who handles the ticket answered its requester.
 *
 * @param messageHtml the answer's sanitized HTML when it was written in the editor, else null
 */
public record TicketAnswered(Ticket ticket, Agent by, String message, String messageHtml, Instant at)
        implements TicketChanged {

    /** A plain-text answer. */
    public TicketAnswered(Ticket ticket, Agent by, String message, Instant at) {
        this(ticket, by, message, null, at);
    }
}
