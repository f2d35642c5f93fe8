package dev.helpdesk.operations.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One run of a job: its status ({@code STARTING}, {@code STARTED}, {@code STOPPING}, {@code STOPPED},
 * {@code FAILED}, {@code COMPLETED}, {@code ABANDONED}), times, how far it got ({@code processed} of
 * {@code total}, total being unknown as -1) and, when it failed, why.
 */
public record JobRunView(long executionId, String jobName, String status, String exitStatus, Instant startedAt,
                         Instant endedAt, long processed, long total, String failure) implements Serializable {

    /** 0–100, for the progress bar. */
    public int percent() {
        if ("COMPLETED".equals(status)) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, processed * 100 / total);
    }
}
