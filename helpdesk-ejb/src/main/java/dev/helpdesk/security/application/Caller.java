package dev.helpdesk.security.application;

import dev.helpdesk.directory.domain.AgentRole;
import java.io.Serializable;

/** The authenticated person behind the current call. */
public record Caller(Kind kind, Long id, String email, String name, AgentRole role, String language)
        implements Serializable {

    public enum Kind {
        AGENT, CUSTOMER
    }

    public boolean isAgent() {
        return kind == Kind.AGENT;
    }

    public boolean isAdmin() {
        return role == AgentRole.ADMIN;
    }
}
