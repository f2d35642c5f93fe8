package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.AgentSummary;

/** An agent who may be assigned in a department, as the API shows them. */
public record AgentSummaryJson(Long id, String name) {

    static AgentSummaryJson of(AgentSummary v) {
        return new AgentSummaryJson(v.id(), v.name());
    }
}
