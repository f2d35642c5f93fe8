package dev.helpdesk.web.ticket.api;

import dev.helpdesk.workspace.application.ScheduleView;
import java.time.Instant;

/** When work on a ticket is scheduled to start and by whom, as the API shows it. */
public record ScheduleJson(Instant start, Long agentId, String agentName) {

    static ScheduleJson of(ScheduleView v) {
        return new ScheduleJson(v.start(), v.agentId(), v.agentName());
    }
}
