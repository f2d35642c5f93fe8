package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who handles tickets, in the departments they are linked to. Administrators work everywhere; a department
 * manager manages the departments they are linked to; a plain agent sees what their permission group grants.
 */
@Entity
public class Agent extends Person {

    @Enumerated(EnumType.STRING)
    private AgentRole role;

    @ManyToMany
    @JoinTable(name = "agent_department",
            joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permission_group_id")
    private PermissionGroup permissionGroup;

    /** The work shift the agent may use the help desk in (SLA › Work shifts); null: any time. */
    private Long accessShiftId;

    protected Agent() {
    }

    public Agent(String name, String email, AgentRole role, PermissionGroup permissionGroup, Credentials credentials,
                 Language language, Instant now) {
        super(name, email, credentials, language, now);
        this.role = Inputs.required("role", role);
        this.permissionGroup = Inputs.required("permissionGroupId", permissionGroup);
    }

    public void linkTo(Department department) {
        departments.add(department);
    }

    /** Replaces the departments the agent is linked to. */
    public void relinkTo(Set<Department> newDepartments) {
        departments.clear();
        departments.addAll(newDepartments);
    }

    public void changeRole(AgentRole newRole) {
        this.role = Inputs.required("role", newRole);
    }

    public void joinGroup(PermissionGroup group) {
        this.permissionGroup = Inputs.required("permissionGroupId", group);
    }

    /** What the agent may see and do: everything for administrators and managers, else their group's grant. */
    public GroupPermissions permissions() {
        return role == AgentRole.AGENT ? permissionGroup.permissions() : GroupPermissions.UNRESTRICTED;
    }

    public boolean isLinkedTo(Department department) {
        return departments.stream().anyMatch(d -> d.id().equals(department.id()));
    }

    /** Administrators work in every department; the others only where they are linked. */
    public boolean worksIn(Department department) {
        return role == AgentRole.ADMIN || isLinkedTo(department);
    }

    public AgentRole role() {
        return role;
    }

    public PermissionGroup permissionGroup() {
        return permissionGroup;
    }

    public Set<Department> departments() {
        return Collections.unmodifiableSet(departments);
    }

    /** Binds the agent to a work shift outside which they may not use the help desk, or frees them with null. */
    public void bindToShift(Long shiftId) {
        this.accessShiftId = shiftId;
    }

    public Long accessShiftId() {
        return accessShiftId;
    }
}
