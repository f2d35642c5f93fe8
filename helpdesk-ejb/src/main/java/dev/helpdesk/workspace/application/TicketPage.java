package dev.helpdesk.workspace.application;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a keyset-paginated list, newest first. {@code nextCursor} is the protocol to pass as
 * {@code before} for the next page, or null on the last page.
 */
public record TicketPage(List<TicketSummary> items, Long nextCursor) implements Serializable {
}
