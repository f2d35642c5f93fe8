package dev.helpdesk.web.sla.api;

import dev.helpdesk.sla.application.HolidayView;
import java.time.LocalDate;

/** A holiday as the API shows it; without {@code closedFrom}/{@code closedUntil} the whole day is closed. */
public record HolidayJson(Long id, String name, LocalDate date, boolean yearly, String closedFrom,
                          String closedUntil) {

    static HolidayJson of(HolidayView v) {
        return new HolidayJson(v.id(), v.name(), v.date(), v.yearly(), v.closedFrom(), v.closedUntil());
    }
}
