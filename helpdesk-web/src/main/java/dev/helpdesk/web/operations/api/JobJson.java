package dev.helpdesk.web.operations.api;

import dev.helpdesk.operations.application.JobView;
import java.time.Instant;

/** A batch job with its schedule and latest run as the API shows it. */
public record JobJson(String name, int everyMinutes, boolean enabled, Instant nextRunAt, JobRunJson lastRun) {

    static JobJson of(JobView v) {
        return new JobJson(v.name(), v.everyMinutes(), v.enabled(), v.nextRunAt(),
                v.lastRun() == null ? null : JobRunJson.of(v.lastRun()));
    }
}
