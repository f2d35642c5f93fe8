package dev.helpdesk.ticket.domain;

import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Entity;
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
import java.util.Map;
import java.util.Set;

/**
 * A predefined text agents insert into a reply. Placeholders such as {@code {cliente.nome}} are filled from the
 * ticket when it is inserted; the inserted text is then the agent's to edit, unlinked from the template. With
 * no departments it serves every department.
 */
@Entity
public class CannedResponse {

    public static final int MAX_TITLE_LENGTH = 120;
    public static final int MAX_BODY_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private String body;

    private boolean active;

    @ManyToMany
    @JoinTable(name = "canned_response_department",
            joinColumns = @JoinColumn(name = "canned_response_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    private Instant createdAt;

    @Version
    private long version;

    protected CannedResponse() {
    }

    public CannedResponse(String title, String body, Set<Department> departments, Instant now) {
        this.createdAt = now;
        this.active = true;
        change(title, body, departments);
    }

    public final void change(String newTitle, String newBody, Set<Department> newDepartments) {
        this.title = Inputs.requiredText("title", newTitle, MAX_TITLE_LENGTH);
        this.body = Inputs.requiredText("body", newBody, MAX_BODY_LENGTH);
        this.departments = new HashSet<>(newDepartments == null ? Set.of() : newDepartments);
    }

    public void deactivate() {
        active = false;
    }

    public boolean servesDepartment(Department department) {
        return departments.isEmpty() || departments.stream().anyMatch(d -> d.id().equals(department.id()));
    }

    /** The body with the placeholders filled from the ticket, as the given agent would send it. */
    public String renderFor(Ticket ticket, String agentName) {
        return Placeholders.fill(body, Map.of(
                "cliente.nome", ticket.requester().name(),
                "cliente.email", ticket.requester().email(),
                "protocolo", String.valueOf(ticket.protocol()),
                "assunto", ticket.subject(),
                "departamento", ticket.department().name(),
                "atendente.nome", agentName));
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Department> departments() {
        return Collections.unmodifiableSet(departments);
    }
}
