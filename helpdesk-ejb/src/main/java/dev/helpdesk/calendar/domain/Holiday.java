package dev.helpdesk.calendar.domain;

import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A day (or some hours of it) without SLA time in any shift, on one date or every year on the same day and month.
 * Without hours the whole day is closed.
 */
@Entity
public class Holiday {

    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "holiday_date")
    private LocalDate date;

    private boolean yearly;

    @Column(name = "closed_from")
    private LocalTime closedFrom;

    @Column(name = "closed_until")
    private LocalTime closedUntil;

    protected Holiday() {
    }

    public Holiday(String name, LocalDate date, boolean yearly, TimeRange hours) {
        this.name = Inputs.requiredText("name", name, MAX_NAME_LENGTH);
        this.date = Inputs.required("date", date);
        this.yearly = yearly;
        this.closedFrom = hours == null ? null : hours.start();
        this.closedUntil = hours == null ? null : hours.end();
    }

    public static Holiday on(LocalDate date) {
        return new Holiday("Feriado", date, false, null);
    }

    public static Holiday everyYear(LocalDate date) {
        return new Holiday("Feriado", date, true, null);
    }

    public boolean fallsOn(LocalDate day) {
        return yearly ? date.getMonth() == day.getMonth() && date.getDayOfMonth() == day.getDayOfMonth()
                : date.equals(day);
    }

    /** The hours closed that day: all of it unless the holiday names a range. */
    public TimeRange closedHours() {
        return closedFrom == null ? TimeRange.wholeDay() : new TimeRange(closedFrom, closedUntil);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate date() {
        return date;
    }

    public boolean isYearly() {
        return yearly;
    }

    /** Null when the whole day is closed. */
    public TimeRange hours() {
        return closedFrom == null ? null : closedHours();
    }
}
