package dev.helpdesk.workspace.application;

import dev.helpdesk.ticket.domain.Priority;
import java.util.HashMap;
import java.util.Map;

/**
 * A list order as JPQL: the keyset condition that starts a page after a position, and the ORDER BY, ties broken by
 * the protocol in the same direction. The aliases are the list query's: {@code t} the ticket, {@code dl} its
 * deadline clock. The deadline order is read in two parts, tickets whose deadline clock runs (by due time) and
 * then the others (by protocol), so that each part walks an index instead of sorting the whole scope.
 */
record TicketOrder(String condition, String orderBy, Map<String, Object> parameters) {

    private static final String RUNNING = "dl.dueAt IS NOT NULL AND dl.stoppedAt IS NULL";

    static TicketOrder of(TicketSort sort, TicketSort.Position after) {
        String column = switch (sort.key()) {
            case PROTOCOL -> "t.protocol";
            case CREATED -> "t.createdAt";
            case UPDATED -> "t.updatedAt";
            case PRIORITY -> "t.priority";
            case DEADLINE -> throw new IllegalArgumentException("The deadline order is read in two parts");
        };
        Object value = after == null || after.value() == null ? null
                : sort.key() == TicketSort.Key.PRIORITY ? Priority.ofCode((Integer) after.value()) : after.value();
        return keyset(sort, column, after, value, "");
    }

    /** The first part of the deadline order: tickets whose deadline clock runs, soonest (or latest) first. */
    static TicketOrder runningDeadlines(TicketSort sort, TicketSort.Position after) {
        return keyset(sort, "dl.dueAt", after, after == null ? null : after.value(), " AND " + RUNNING);
    }

    /** The second part of the deadline order: the other tickets (no deadline clock, or a paused or stopped one). */
    static TicketOrder withoutRunningDeadline(TicketSort sort, TicketSort.Position after) {
        Map<String, Object> parameters = new HashMap<>();
        String condition = " AND (dl.dueAt IS NULL OR dl.stoppedAt IS NOT NULL)";
        if (after != null) {
            condition += " AND t.protocol" + (sort.ascending() ? " > " : " < ") + ":afterProtocol";
            parameters.put("afterProtocol", after.protocol());
        }
        return new TicketOrder(condition, " ORDER BY t.protocol" + (sort.ascending() ? " ASC" : " DESC"), parameters);
    }

    private static TicketOrder keyset(TicketSort sort, String column, TicketSort.Position after, Object value,
                                      String extra) {
        String direction = sort.ascending() ? " ASC" : " DESC";
        String op = sort.ascending() ? " > " : " < ";
        String orderBy = column.equals("t.protocol") ? " ORDER BY t.protocol" + direction
                : " ORDER BY " + column + direction + ", t.protocol" + direction;
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder condition = new StringBuilder(extra);
        if (after != null) {
            parameters.put("afterProtocol", after.protocol());
            if (value == null) {
                condition.append(" AND t.protocol").append(op).append(":afterProtocol");
            } else {
                condition.append(" AND (").append(column).append(op).append(":afterValue OR (").append(column)
                        .append(" = :afterValue AND t.protocol").append(op).append(":afterProtocol))");
                parameters.put("afterValue", value);
            }
        }
        return new TicketOrder(condition.toString(), orderBy, parameters);
    }
}
