package dev.helpdesk.workspace.application;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a keyset-paginated list in the order it was asked for. {@code next} is where the next page starts
 * (after the last row of this one), or null on the last page.
 */
public record TicketPage(List<TicketSummary> items, TicketSort.Position next) implements Serializable {
}
