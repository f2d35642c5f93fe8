package dev.helpdesk.web.ticket.api;

import dev.helpdesk.workspace.application.TicketPage;
import dev.helpdesk.workspace.application.TicketSort;
import java.util.List;

/**
 * One page of a ticket list as the API shows it: {@code next} is the next page's {@code cursor} (in any order),
 * {@code nextCursor} the last protocol of the page, the next page's {@code before} in the default order. Both are
 * null on the last page.
 */
public record TicketPageJson(List<TicketSummaryJson> items, Long nextCursor, String next) {

    static TicketPageJson of(TicketPage v, TicketSort sort) {
        return new TicketPageJson(v.items() == null ? null : v.items().stream().map(TicketSummaryJson::of).toList(),
                v.next() == null ? null : v.next().protocol(), v.next() == null ? null : sort.cursor(v.next()));
    }
}
