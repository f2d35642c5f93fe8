package dev.helpdesk.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * SLA time arithmetic: a shift, the holidays and a time zone. Adding working time to an instant and measuring the
 * working time between two instants are the only two operations, and everything else about SLA clocks is built on
 * them. Daylight-saving changes are taken as the zone's rules say (a missing hour has no working time).
 */
public final class WorkCalendar {

    /** How far to look for working time before deciding a shift has none left (about two years). */
    private static final int MAX_DAYS = 800;

    private final WorkShift shift;
    private final List<Holiday> holidays;
    private final ZoneId zone;

    public WorkCalendar(WorkShift shift, List<Holiday> holidays, ZoneId zone) {
        this.shift = shift;
        this.holidays = List.copyOf(holidays);
        this.zone = zone;
    }

    /** The instant when {@code work} of working time has passed after {@code start}. */
    public Instant plus(Instant start, Duration work) {
        if (work.isNegative()) {
            throw new IllegalArgumentException("negative working time");
        }
        if (work.isZero()) {
            return start;
        }
        Duration left = work;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Interval interval : workingIntervals(day)) {
                if (!interval.end().isAfter(start)) {
                    continue;
                }
                Instant from = interval.start().isAfter(start) ? interval.start() : start;
                Duration available = Duration.between(from, interval.end());
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("The shift " + shift.name() + " has no working time left");
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval interval : workingIntervals(day)) {
                Instant start = interval.start().isAfter(from) ? interval.start() : from;
                Instant end = interval.end().isBefore(to) ? interval.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Whether the instant falls inside working time. */
    public boolean isWorking(Instant instant) {
        return workingIntervals(instant.atZone(zone).toLocalDate()).stream()
                .anyMatch(i -> !instant.isBefore(i.start()) && instant.isBefore(i.end()));
    }

    /** The day's shift ranges minus its holidays' closed hours, as instants. */
    List<Interval> workingIntervals(LocalDate day) {
        List<int[]> open = new ArrayList<>();
        for (TimeRange range : shift.on(day.getDayOfWeek())) {
            open.add(new int[] {range.startMinute(), range.endMinute()});
        }
        for (Holiday holiday : holidays) {
            if (holiday.fallsOn(day)) {
                open = subtract(open, holiday.closedHours());
            }
        }
        List<Interval> intervals = new ArrayList<>();
        for (int[] minutes : open) {
            Instant start = instantAt(day, minutes[0]);
            Instant end = instantAt(day, minutes[1]);
            if (end.isAfter(start)) {
                intervals.add(new Interval(start, end));
            }
        }
        return intervals;
    }

    private static List<int[]> subtract(List<int[]> open, TimeRange closed) {
        List<int[]> result = new ArrayList<>();
        for (int[] range : open) {
            if (closed.endMinute() <= range[0] || closed.startMinute() >= range[1]) {
                result.add(range);
                continue;
            }
            if (closed.startMinute() > range[0]) {
                result.add(new int[] {range[0], closed.startMinute()});
            }
            if (closed.endMinute() < range[1]) {
                result.add(new int[] {closed.endMinute(), range[1]});
            }
        }
        return result;
    }

    private Instant instantAt(LocalDate day, int minuteOfDay) {
        if (minuteOfDay >= TimeRange.MINUTES_PER_DAY) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(day, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }

    record Interval(Instant start, Instant end) {
    }
}
