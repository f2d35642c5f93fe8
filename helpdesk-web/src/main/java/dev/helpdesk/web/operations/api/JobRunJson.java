package dev.helpdesk.web.operations.api;

import dev.helpdesk.operations.application.JobRunView;
import java.time.Instant;

/** One run of a batch job as the API shows it. */
public record JobRunJson(long executionId, String jobName, String status, String exitStatus, Instant startedAt,
                         Instant endedAt, long processed, long total, String failure) {

    static JobRunJson of(JobRunView v) {
        return new JobRunJson(v.executionId(), v.jobName(), v.status(), v.exitStatus(), v.startedAt(), v.endedAt(),
                v.processed(), v.total(), v.failure());
    }
}
