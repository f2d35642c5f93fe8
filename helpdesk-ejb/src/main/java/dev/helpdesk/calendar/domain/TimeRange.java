package dev.helpdesk.calendar.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.io.Serializable;
import java.time.LocalTime;

/**
 * A stretch of one day, from {@code start} (inclusive) to {@code end} (exclusive); an end of 00:00 means midnight at
 * the end of the day, so 18:00–00:00 is the evening.
 */
public record TimeRange(LocalTime start, LocalTime end) implements Serializable {

    public static final int MINUTES_PER_DAY = 24 * 60;

    public TimeRange {
        if (start == null || end == null) {
            throw new InvalidInputException("hours", "validation.required");
        }
        if (!LocalTime.MIDNIGHT.equals(end) && !start.isBefore(end)) {
            throw new InvalidInputException("hours", "validation.sla.range");
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    public static TimeRange wholeDay() {
        return new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    public int startMinute() {
        return start.getHour() * 60 + start.getMinute();
    }

    /** 1440 for a range that runs to midnight. */
    public int endMinute() {
        return LocalTime.MIDNIGHT.equals(end) ? MINUTES_PER_DAY : end.getHour() * 60 + end.getMinute();
    }

    public boolean overlaps(TimeRange other) {
        return startMinute() < other.endMinute() && other.startMinute() < endMinute();
    }

    @Override
    public String toString() {
        return start + "–" + (LocalTime.MIDNIGHT.equals(end) ? "24:00" : end.toString());
    }
}
