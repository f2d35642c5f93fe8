package dev.helpdesk.sla.domain;

import static dev.helpdesk.calendar.domain.WorkCalendarTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.calendar.domain.TimeRange;
import dev.helpdesk.calendar.domain.WorkCalendar;
import dev.helpdesk.calendar.domain.WorkShift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SLA clock of a ticket at a fixed clock: pauses while waiting for the customer, reopening, a changed target,
 * the alert levels. The calendar is Monday to Friday 08:00–18:00 (no lunch gap) unless a case says otherwise;
 * 2026-11-23 is a Monday.
 */
class SlaClockTest {

    private static final WorkCalendar WEEKDAYS = new WorkCalendar(WorkShift.of("Comercial",
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            TimeRange.of("08:00", "18:00")), List.of(), ZoneId.of("America/Sao_Paulo"));

    /** The reference's example: 8 h that pause on the agent's reply are met; without pausing they are not. */
    @Test
    void pausingOnReplyPushesTheDueTimeByThePausedWorkingTime() {
        SlaClock pausing = SlaClock.startedAt(at("2026-11-23T08:00"), Duration.ofHours(8));
        assertEquals(at("2026-11-23T16:00"), pausing.due(WEEKDAYS, at("2026-11-23T09:00")));
        pausing.pause(at("2026-11-23T10:00"));
        assertEquals(at("2026-11-23T18:00"), pausing.due(WEEKDAYS, at("2026-11-23T12:00")),
                "while paused the due time moves with the clock");
        assertEquals(at("2026-11-24T14:00"), pausing.due(WEEKDAYS, at("2026-11-24T08:00")));
        pausing.resume(at("2026-11-24T08:00"));
        assertEquals(at("2026-11-24T14:00"), pausing.due(WEEKDAYS, at("2026-11-24T09:00")));
        pausing.stop(at("2026-11-24T14:00"));
        assertEquals(Duration.ofHours(8), pausing.used(WEEKDAYS, at("2026-11-25T10:00")));
        assertTrue(pausing.met(WEEKDAYS));

        SlaClock running = SlaClock.startedAt(at("2026-11-23T08:00"), Duration.ofHours(8));
        running.stop(at("2026-11-24T14:00"));
        assertEquals(Duration.ofHours(16), running.used(WEEKDAYS, at("2026-11-24T14:00")));
        assertEquals(at("2026-11-23T16:00"), running.due(WEEKDAYS, at("2026-11-25T08:00")));
        assertFalse(running.met(WEEKDAYS));
    }

    @ParameterizedTest(name = "{0} h used of 8 at {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 2026-11-23T08:00 | ON_TIME
            3 | 2026-11-23T11:00 | ON_TIME
            4 | 2026-11-23T12:00 | CRITICAL
            5 | 2026-11-23T13:00 | CRITICAL
            6 | 2026-11-23T14:00 | URGENT
            7 | 2026-11-23T15:00 | URGENT
            8 | 2026-11-23T16:00 | URGENT
            10 | 2026-11-23T19:30 | BREACHED
            11 | 2026-11-24T09:00 | BREACHED
            """)
    void levelsFollowTheShareOfTimeUsed(long hours, String now, SlaState expected) {
        SlaClock clock = SlaClock.startedAt(at("2026-11-23T08:00"), Duration.ofHours(8));
        assertEquals(Duration.ofHours(hours), clock.used(WEEKDAYS, at(now)));
        assertEquals(expected, clock.state(WEEKDAYS, at(now)));
    }

    @Test
    void aReopenedTicketResumesWithTheTimeItHadLeft() {
        SlaClock clock = SlaClock.startedAt(at("2026-11-23T08:00"), Duration.ofHours(8));
        clock.stop(at("2026-11-23T13:00"));
        assertTrue(clock.met(WEEKDAYS));
        assertEquals(Duration.ofHours(5), clock.used(WEEKDAYS, at("2026-11-26T08:00")), "stopped, nothing counts");
        clock.reopen(at("2026-11-26T10:00"));
        assertNull(clock.met(WEEKDAYS));
        assertEquals(at("2026-11-26T13:00"), clock.due(WEEKDAYS, at("2026-11-26T10:30")));
        clock.stop(at("2026-11-26T14:00"));
        assertFalse(clock.met(WEEKDAYS), "9 h used once reopened");
        assertEquals(at("2026-11-26T13:00"), clock.due(WEEKDAYS, at("2026-11-27T08:00")),
                "the due time it passed stays where it was");
    }

    @Test
    void aNewTargetKeepsTheTimeAlreadyUsed() {
        SlaClock clock = SlaClock.startedAt(at("2026-11-27T15:00"), Duration.ofHours(8));
        assertEquals(at("2026-11-30T13:00"), clock.due(WEEKDAYS, at("2026-11-27T16:00")), "over the weekend");
        clock.retarget(Duration.ofHours(2));
        assertEquals(at("2026-11-27T17:00"), clock.due(WEEKDAYS, at("2026-11-27T16:00")));
        clock.retarget(Duration.ofMinutes(30));
        assertEquals(at("2026-11-27T15:30"), clock.due(WEEKDAYS, at("2026-11-27T16:00")),
                "a target already passed is due when it was reached");
        assertEquals(SlaState.BREACHED, clock.state(WEEKDAYS, at("2026-11-27T16:00")));
    }

    @Test
    void aClockStartedOutsideTheShiftWaitsForIt() {
        SlaClock firstResponse = SlaClock.startedAt(at("2026-11-28T23:59"), Duration.ofMinutes(90));
        assertEquals(at("2026-11-30T09:30"), firstResponse.due(WEEKDAYS, at("2026-11-29T12:00")));
        assertEquals(SlaState.ON_TIME, firstResponse.state(WEEKDAYS, at("2026-11-30T08:00")));
        firstResponse.stop(at("2026-11-30T09:29"));
        assertTrue(firstResponse.met(WEEKDAYS));
    }

    @Test
    void pausesAndResumesAreIdempotent() {
        SlaClock clock = SlaClock.startedAt(at("2026-11-23T08:00"), Duration.ofHours(4));
        clock.pause(at("2026-11-23T09:00"));
        clock.pause(at("2026-11-23T10:00"));
        clock.resume(at("2026-11-23T11:00"));
        clock.resume(at("2026-11-23T11:30"));
        assertEquals(Duration.ofHours(2), clock.used(WEEKDAYS, at("2026-11-23T12:00")));
        assertEquals(at("2026-11-23T14:00"), clock.due(WEEKDAYS, at("2026-11-23T12:00")));
    }
}
