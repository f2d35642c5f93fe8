package dev.helpdesk.dashboard.domain;

import dev.helpdesk.directory.domain.AgentRole;
import java.io.Serializable;

/**
 * Whom a default dashboard is for: everyone of a role, or the plain agents of a permission group (who get their
 * group's default before their role's).
 */
public record DashboardAudience(Kind kind, AgentRole role, Long permissionGroupId) implements Serializable {

    public enum Kind {
        ROLE, PERMISSION_GROUP
    }

    public static DashboardAudience of(AgentRole role) {
        return new DashboardAudience(Kind.ROLE, role, null);
    }

    public static DashboardAudience ofGroup(long permissionGroupId) {
        return new DashboardAudience(Kind.PERMISSION_GROUP, null, permissionGroupId);
    }
}
