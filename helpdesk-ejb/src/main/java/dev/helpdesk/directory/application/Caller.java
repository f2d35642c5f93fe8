package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.GroupPermissions;
import java.io.Serializable;
import java.util.List;

/**
 * The authenticated person behind the current call, with what they may see: for a plain agent, their permission
 * group's grant as it is now; everything for administrators and managers; customers see their own data.
 */
public record Caller(Kind kind, Long id, String email, String name, AgentRole role, String language,
                     GroupPermissions permissions, List<Long> managedOrganizations) implements Serializable {

    /**
     * The organizations whose customers' tickets a customer follows: the one they manage and all below it (empty
     * for everyone else).
     */
    public Caller {
        managedOrganizations = managedOrganizations == null ? List.of() : List.copyOf(managedOrganizations);
    }

    public enum Kind {
        AGENT, CUSTOMER
    }

    public boolean isAgent() {
        return kind == Kind.AGENT;
    }

    public boolean isAdmin() {
        return role == AgentRole.ADMIN;
    }

    public boolean isManager() {
        return role == AgentRole.MANAGER;
    }

    /** Whether this customer data item ({@code CustomerData}) of other people is shown to the caller. */
    public boolean mayViewCustomerData(String item) {
        return permissions == null || permissions.mayView(item);
    }
}
