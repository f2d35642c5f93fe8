package dev.helpdesk.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of a work shift as access control reads them: the start is inside, the end is not. */
class ShiftAccessEdgesTest {

    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    private static final WorkCalendar OFFICE = new WorkCalendar(WorkShift.of("Escritório",
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            TimeRange.of("08:00", "12:00"), TimeRange.of("13:00", "18:00")), List.of(), ZONE);

    private static boolean at(String localDateTime) {
        return OFFICE.isWorking(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
    }

    @Test
    void theShiftOpensOnTheMinuteAndClosesOnTheMinute() {
        assertFalse(at("2026-11-23T07:59:59"));
        assertTrue(at("2026-11-23T08:00:00"));
        assertTrue(at("2026-11-23T11:59:59"));
        assertFalse(at("2026-11-23T12:00:00"), "the lunch gap");
        assertTrue(at("2026-11-23T13:00:00"));
        assertTrue(at("2026-11-23T17:59:59"));
        assertFalse(at("2026-11-23T18:00:00"));
        assertFalse(at("2026-11-22T10:00:00"), "Sunday");
    }
}
