package dev.helpdesk.batch;

import java.io.Serializable;

/** How many items a step expects, counted when it first starts; kept with the step for the operator console. */
public record Progress(long total) implements Serializable {
}
