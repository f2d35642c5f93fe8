package dev.helpdesk.web.ticket.api;

import dev.helpdesk.ticket.domain.TicketEventKind;
import dev.helpdesk.workspace.application.HistoryEntry;
import java.time.Instant;

/** One line of a ticket's history as the API shows it. */
public record HistoryEntryJson(TicketEventKind kind, String actorName, String before, String after,
                               Instant createdAt) {

    static HistoryEntryJson of(HistoryEntry v) {
        return new HistoryEntryJson(v.kind(), v.actorName(), v.before(), v.after(), v.createdAt());
    }
}
