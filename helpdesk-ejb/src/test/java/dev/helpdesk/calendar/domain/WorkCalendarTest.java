package dev.helpdesk.calendar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working-time arithmetic, as a table. Dates are local to the calendar's zone; 2026-11-23 is a Monday. The shift
 * is Monday to Friday, 08:00–12:00 and 13:00–18:00, unless the case names another.
 */
public class WorkCalendarTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final WorkShift OFFICE = WorkShift.of("Padrão", WEEKDAYS, TimeRange.of("08:00", "12:00"),
            TimeRange.of("13:00", "18:00"));
    private static final WorkShift ALWAYS = WorkShift.of("24x7", List.of(DayOfWeek.values()), TimeRange.wholeDay());
    private static final WorkShift EVENINGS = new WorkShift("Noite", Map.of(DayOfWeek.TUESDAY,
            List.of(TimeRange.of("18:00", "00:00")), DayOfWeek.WEDNESDAY, List.of(TimeRange.of("00:00", "02:00"))));

    @ParameterizedTest(name = "{0}: {2} + {3} min → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            inside a range                  | office  | 2026-11-23T09:00 | 60   | 2026-11-23T10:00
            across the lunch gap            | office  | 2026-11-23T11:30 | 60   | 2026-11-23T13:30
            starting in the lunch gap       | office  | 2026-11-23T12:15 | 30   | 2026-11-23T13:30
            starting at a range's end       | office  | 2026-11-23T12:00 | 30   | 2026-11-23T13:30
            ending exactly at a range's end | office  | 2026-11-23T17:00 | 60   | 2026-11-23T18:00
            overnight                       | office  | 2026-11-24T22:00 | 120  | 2026-11-25T10:00
            before the day starts           | office  | 2026-11-24T06:10 | 15   | 2026-11-24T08:15
            Friday afternoon over a weekend | office  | 2026-11-27T17:00 | 240  | 2026-11-30T11:00
            opened on Saturday              | office  | 2026-11-28T10:00 | 60   | 2026-11-30T09:00
            a full working week             | office  | 2026-11-23T08:00 | 2700 | 2026-11-27T18:00
            zero time                       | office  | 2026-11-28T10:00 | 0    | 2026-11-28T10:00
            a holiday Monday                | holiday | 2026-11-27T17:00 | 240  | 2026-12-01T11:00
            an afternoon off                | partial | 2026-12-24T10:00 | 240  | 2026-12-28T10:00
            a yearly holiday                | yearly  | 2027-12-24T17:30 | 60   | 2027-12-27T09:00
            round the clock                 | always  | 2026-11-28T22:00 | 1800 | 2026-11-30T04:00
            a shift across midnight         | evening | 2026-11-24T23:00 | 120  | 2026-11-25T01:00
            """)
    void addsWorkingTime(String name, String calendar, String start, long minutes, String expected) {
        WorkCalendar cal = calendar(calendar);
        Instant from = at(start);
        Instant due = cal.plus(from, Duration.ofMinutes(minutes));
        assertEquals(at(expected), due, name);
        assertEquals(Duration.ofMinutes(minutes), cal.between(from, due), name + ", measured back");
    }

    @Test
    void springForwardLosesTheMissingHour() {
        ZoneId newYork = ZoneId.of("America/New_York");
        WorkCalendar cal = new WorkCalendar(ALWAYS, List.of(), newYork);
        Instant saturdayNoon = LocalDateTime.parse("2026-03-07T12:00").atZone(newYork).toInstant();
        Instant due = cal.plus(saturdayNoon, Duration.ofHours(24));
        assertEquals(LocalDateTime.parse("2026-03-08T13:00"), due.atZone(newYork).toLocalDateTime());
        assertEquals(Duration.ofHours(23), cal.between(
                LocalDate.parse("2026-03-08").atStartOfDay(newYork).toInstant(),
                LocalDate.parse("2026-03-09").atStartOfDay(newYork).toInstant()));
    }

    @Test
    void aShiftNeedsHoursAndItsRangesMayNotOverlap() {
        assertThrows(InvalidInputException.class, () -> new WorkShift("Vazio", Map.of()));
        assertThrows(InvalidInputException.class, () -> WorkShift.of("Sobreposto", List.of(DayOfWeek.MONDAY),
                TimeRange.of("08:00", "12:00"), TimeRange.of("11:00", "14:00")));
        assertThrows(InvalidInputException.class, () -> TimeRange.of("18:00", "08:00"));
    }

    @Test
    void measuresWorkingTimeBetweenInstants() {
        WorkCalendar cal = calendar("office");
        assertEquals(Duration.ofHours(4), cal.between(at("2026-11-27T17:00"), at("2026-11-30T11:00")));
        assertEquals(Duration.ZERO, cal.between(at("2026-11-28T08:00"), at("2026-11-29T20:00")));
        assertEquals(Duration.ZERO, cal.between(at("2026-11-30T11:00"), at("2026-11-27T17:00")));
    }

    static WorkCalendar calendar(String name) {
        List<Holiday> holidays = new ArrayList<>();
        WorkShift shift = OFFICE;
        switch (name) {
            case "holiday" -> holidays.add(Holiday.on(LocalDate.parse("2026-11-30")));
            case "partial" -> {
                holidays.add(new Holiday("Véspera de Natal", LocalDate.parse("2026-12-24"), true,
                        TimeRange.of("12:00", "00:00")));
                holidays.add(Holiday.everyYear(LocalDate.parse("2020-12-25")));
            }
            case "yearly" -> {
                holidays.add(new Holiday("Véspera de Natal", LocalDate.parse("2020-12-24"), true,
                        TimeRange.of("12:00", "00:00")));
            }
            case "always" -> shift = ALWAYS;
            case "evening" -> shift = EVENINGS;
            default -> {
            }
        }
        return new WorkCalendar(shift, holidays, SAO_PAULO);
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SAO_PAULO).toInstant();
    }
}
