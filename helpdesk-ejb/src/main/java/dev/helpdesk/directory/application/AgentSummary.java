package dev.helpdesk.directory.application;

import java.io.Serializable;

public record AgentSummary(Long id, String name) implements Serializable {
}
