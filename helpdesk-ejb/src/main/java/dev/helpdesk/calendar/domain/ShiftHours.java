package dev.helpdesk.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One range of a shift's weekday, as stored. */
@Embeddable
public class ShiftHours implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "weekday")
    private DayOfWeek day;

    @Column(name = "starts_at")
    private LocalTime start;

    @Column(name = "ends_at")
    private LocalTime end;

    protected ShiftHours() {
    }

    ShiftHours(DayOfWeek day, TimeRange range) {
        this.day = day;
        this.start = range.start();
        this.end = range.end();
    }

    DayOfWeek day() {
        return day;
    }

    TimeRange range() {
        return new TimeRange(start, end);
    }
}
