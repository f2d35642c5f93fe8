package dev.helpdesk.workspace.application;

import dev.helpdesk.ticket.domain.TicketEventKind;
import java.io.Serializable;
import java.time.Instant;

/** One line of a ticket's history as agents see it. */
public record HistoryEntry(TicketEventKind kind, String actorName, String before, String after, Instant createdAt)
        implements Serializable {
}
