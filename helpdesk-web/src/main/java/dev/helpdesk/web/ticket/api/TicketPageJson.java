package dev.helpdesk.web.ticket.api;

import dev.helpdesk.workspace.application.TicketPage;
import java.util.List;

/** One page of a ticket list as the API shows it; {@code nextCursor} is the next page's {@code before}. */
public record TicketPageJson(List<TicketSummaryJson> items, Long nextCursor) {

    static TicketPageJson of(TicketPage v) {
        return new TicketPageJson(v.items() == null ? null : v.items().stream().map(TicketSummaryJson::of).toList(),
                v.nextCursor());
    }
}
