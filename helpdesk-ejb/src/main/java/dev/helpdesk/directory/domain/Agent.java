package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.Language;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A person who handles tickets, in the departments they are linked to. */
@Entity
public class Agent {

    public static final int MAX_NAME_LENGTH = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String email;

    @Enumerated(EnumType.STRING)
    private AgentRole role;

    @Embedded
    private Credentials credentials;

    @Enumerated(EnumType.STRING)
    private Language language;

    private boolean active;

    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "agent_department",
            joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    @Version
    private long version;

    protected Agent() {
    }

    public Agent(String name, String email, AgentRole role, Credentials credentials, Language language, Instant now) {
        this.name = Inputs.requiredText("name", name, MAX_NAME_LENGTH);
        this.email = Inputs.email("email", email);
        this.role = Inputs.required("role", role);
        this.credentials = Inputs.required("password", credentials);
        this.language = language == null ? Language.PT_BR : language;
        this.active = true;
        this.createdAt = now;
    }

    public void linkTo(Department department) {
        departments.add(department);
    }

    /** Administrators work in every department; the others only where they are linked. */
    public boolean worksIn(Department department) {
        return role == AgentRole.ADMIN || departments.stream().anyMatch(d -> d.id().equals(department.id()));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public AgentRole role() {
        return role;
    }

    public Language language() {
        return language;
    }

    public boolean isActive() {
        return active;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Set<Department> departments() {
        return Collections.unmodifiableSet(departments);
    }
}
