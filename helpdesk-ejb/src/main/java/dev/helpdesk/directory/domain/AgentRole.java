package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Roles;

/** What an agent is in the account; the name is also the security role. */
public enum AgentRole {
    ADMIN(Roles.ADMIN), MANAGER(Roles.MANAGER), AGENT(Roles.AGENT);

    private final String securityRole;

    AgentRole(String securityRole) {
        this.securityRole = securityRole;
    }

    public String securityRole() {
        return securityRole;
    }
}
