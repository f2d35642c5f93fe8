package dev.helpdesk.workspace.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.TicketType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketSortTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T10:15:30.123456Z");
    private static final Instant UPDATED = Instant.parse("2026-12-02T08:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-03T18:30:00.5Z");

    @Test
    void aCursorReadsBackToThePositionOfTheRowItCameFrom() {
        TicketSummary row = row(DUE, null);
        for (TicketSort.Key key : TicketSort.Key.values()) {
            TicketSort sort = new TicketSort(key, key == TicketSort.Key.DEADLINE);
            TicketSort.Position position = sort.positionOf(row);
            assertEquals(position, sort.after(sort.cursor(position)), key.name());
        }
        assertEquals(new TicketSort.Position(CREATED, 42), new TicketSort(TicketSort.Key.CREATED, true)
                .positionOf(row), "micro-seconds kept, so no row is skipped or repeated at a page's edge");
        assertEquals(new TicketSort.Position(Priority.HIGH.code(), 42),
                new TicketSort(TicketSort.Key.PRIORITY, false).positionOf(row));
    }

    @Test
    void aStoppedOrPausedDeadlineHasNoPlaceAmongTheRunningOnes() {
        TicketSort byDeadline = new TicketSort(TicketSort.Key.DEADLINE, true);
        assertNull(byDeadline.positionOf(row(DUE, Instant.now())).value(), "stopped");
        assertNull(byDeadline.positionOf(row(null, null)).value(), "paused or none");
        assertEquals(DUE, byDeadline.positionOf(row(DUE, null)).value());
    }

    @Test
    void aCursorOfAnotherOrderOrNoCursorAtAllIsRefusedNamingTheCursor() {
        TicketSort byPriority = new TicketSort(TicketSort.Key.PRIORITY, false);
        String cursor = byPriority.cursor(byPriority.positionOf(row(null, null)));
        for (String bad : new String[] {cursor, "not-base64!", "", "UFJJT1JJVFl-eH4x"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> new TicketSort(TicketSort.Key.CREATED, true).after(bad), bad);
            assertEquals("cursor", refused.field());
        }
    }

    @Test
    void withoutAKeyTheOrderIsByProtocol() {
        assertEquals(TicketSort.Key.PROTOCOL, new TicketSort(null, false).key());
        assertEquals(TicketSort.NEWEST_FIRST, new TicketSort(null, false));
    }

    private static TicketSummary row(Instant due, Instant stopped) {
        return new TicketSummary(42L, "p", TicketType.E, "s", 1L, "c", "e", "o", 2L, "d", "cat", "st", "ag",
                TicketSituation.NOT_STARTED, Priority.HIGH, CREATED, UPDATED, due, stopped, due == null ? null : 7L);
    }
}
