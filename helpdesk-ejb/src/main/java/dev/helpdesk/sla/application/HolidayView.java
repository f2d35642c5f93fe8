package dev.helpdesk.sla.application;

import dev.helpdesk.calendar.domain.Holiday;
import java.io.Serializable;
import java.time.LocalDate;

/** A holiday; without {@code closedFrom}/{@code closedUntil} the whole day is closed. */
public record HolidayView(Long id, String name, LocalDate date, boolean yearly, String closedFrom,
                          String closedUntil) implements Serializable {

    static HolidayView of(Holiday holiday) {
        return new HolidayView(holiday.id(), holiday.name(), holiday.date(), holiday.isYearly(),
                holiday.hours() == null ? null : holiday.hours().start().toString(),
                holiday.hours() == null ? null : holiday.hours().end().toString());
    }
}
