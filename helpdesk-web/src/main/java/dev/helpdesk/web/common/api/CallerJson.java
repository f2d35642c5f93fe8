package dev.helpdesk.web.common.api;

import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.domain.AgentRole;

/** The agent or customer a token acts as, as the API shows them; JSON-B also writes isAgent, isAdmin, isManager. */
public record CallerJson(Caller.Kind kind, Long id, String email, String name, AgentRole role, String language,
                         GroupPermissionsJson permissions) {

    static CallerJson of(Caller v) {
        return new CallerJson(v.kind(), v.id(), v.email(), v.name(), v.role(), v.language(),
                v.permissions() == null ? null : GroupPermissionsJson.of(v.permissions()));
    }

    public boolean isAgent() {
        return kind == Caller.Kind.AGENT;
    }

    public boolean isAdmin() {
        return role == AgentRole.ADMIN;
    }

    public boolean isManager() {
        return role == AgentRole.MANAGER;
    }
}
