package dev.helpdesk.workspace.application;

import java.io.Serializable;
import java.time.Instant;

/** When work on a ticket is scheduled to start, and the agent who is to do it. Agents only. */
public record ScheduleView(Instant start, Long agentId, String agentName) implements Serializable {
}
