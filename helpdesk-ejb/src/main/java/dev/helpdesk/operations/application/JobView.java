package dev.helpdesk.operations.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A batch job: how often it runs by itself ({@code everyMinutes}, when {@code enabled}), when it runs next (null
 * when not scheduled), and its latest run (null before the first).
 */
public record JobView(String name, int everyMinutes, boolean enabled, Instant nextRunAt, JobRunView lastRun)
        implements Serializable {
}
