package dev.helpdesk.dashboard.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Tickets opened and finished on each day of the period, oldest day first. */
public record DailyCounts(List<LocalDate> days, List<Long> created, List<Long> finished) implements Serializable {

    public DailyCounts {
        days = List.copyOf(days);
        created = List.copyOf(created);
        finished = List.copyOf(finished);
    }

    public long totalCreated() {
        return created.stream().mapToLong(Long::longValue).sum();
    }

    public long totalFinished() {
        return finished.stream().mapToLong(Long::longValue).sum();
    }

    /** The ticket list of the tickets opened on that day. */
    public TicketLink createdOn(LocalDate day) {
        return TicketLink.of("from", day.toString(), "to", day.toString());
    }

    /** The ticket list of the tickets finished over all the days. */
    public TicketLink finishedOnAnyDay() {
        return days.isEmpty() ? null : TicketLink.of("closedFrom", days.get(0).toString(), "closedTo",
                days.get(days.size() - 1).toString());
    }

    /** The ticket list of the tickets finished on that day. */
    public TicketLink finishedOn(LocalDate day) {
        return TicketLink.of("closedFrom", day.toString(), "closedTo", day.toString());
    }
}
