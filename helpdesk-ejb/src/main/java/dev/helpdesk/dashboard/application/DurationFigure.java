package dev.helpdesk.dashboard.application;

import java.io.Serializable;

/** A median duration in minutes (null without any ticket) over {@code tickets} tickets of the period. */
public record DurationFigure(String labelKey, Long medianMinutes, long tickets) implements Serializable {
}
