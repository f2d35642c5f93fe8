package dev.helpdesk.web.ticket.api;

import dev.helpdesk.sla.application.TimeEntryView;
import java.time.Instant;

/** Time worked on a ticket as the API shows it. */
public record TimeEntryJson(Long id, String agentName, Instant startedAt, int minutes, String note) {

    static TimeEntryJson of(TimeEntryView v) {
        return new TimeEntryJson(v.id(), v.agentName(), v.startedAt(), v.minutes(), v.note());
    }
}
