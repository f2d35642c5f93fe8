package dev.helpdesk.dashboard.application;

import java.io.Serializable;
import java.time.Instant;

/** A ticket whose work is scheduled to start today for the viewer. */
public record ScheduledTicket(long protocol, String subject, Instant start) implements Serializable {
}
