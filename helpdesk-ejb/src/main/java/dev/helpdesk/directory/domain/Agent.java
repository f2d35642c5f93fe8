package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A person who handles tickets, in the departments they are linked to. */
@Entity
public class Agent extends Person {

    @Enumerated(EnumType.STRING)
    private AgentRole role;

    @ManyToMany
    @JoinTable(name = "agent_department",
            joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    protected Agent() {
    }

    public Agent(String name, String email, AgentRole role, Credentials credentials, Language language, Instant now) {
        super(name, email, credentials, language, now);
        this.role = Inputs.required("role", role);
    }

    public void linkTo(Department department) {
        departments.add(department);
    }

    /** Administrators work in every department; the others only where they are linked. */
    public boolean worksIn(Department department) {
        return role == AgentRole.ADMIN || departments.stream().anyMatch(d -> d.id().equals(department.id()));
    }

    public AgentRole role() {
        return role;
    }

    public Set<Department> departments() {
        return Collections.unmodifiableSet(departments);
    }
}
