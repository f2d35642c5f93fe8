package dev.helpdesk.operations.application;

import java.io.Serializable;

/** A batch job and its latest run (null before the first). */
public record JobView(String name, JobRunView lastRun) implements Serializable {
}
