package dev.helpdesk.ticket.domain;

import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A department's own word for where a ticket stands inside the team ("Aguardando fornecedor", "Em análise"),
 * set by hand and shown to the customer. Apart from the situation, which the system drives.
 */
@Entity
public class TicketStatus {

    public static final int MAX_NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    private String name;

    private boolean active;

    /** Where it stands among its department's statuses (1 the first). */
    private int position;

    /** Tickets with this status are left out of auto-close ("Ignorar finalização por inatividade"). */
    private boolean exemptFromAutoClose;

    /** While it is applied, the customer may finish the ticket ("Permitir o cliente finalizar"). */
    private boolean customerMayFinish;

    private Instant createdAt;

    @Version
    private long version;

    protected TicketStatus() {
    }

    public TicketStatus(Department department, String name, Instant now) {
        this.department = Inputs.required("departmentId", department);
        this.name = Inputs.requiredText("name", name, MAX_NAME_LENGTH);
        this.active = true;
        this.createdAt = now;
    }

    public boolean belongsTo(Department candidate) {
        return department.id().equals(candidate.id());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isExemptFromAutoClose() {
        return exemptFromAutoClose;
    }

    public void exemptFromAutoClose(boolean exempt) {
        this.exemptFromAutoClose = exempt;
    }

    public boolean letsCustomerFinish() {
        return customerMayFinish;
    }

    public void letCustomerFinish(boolean allowed) {
        this.customerMayFinish = allowed;
    }

    public void rename(String newName) {
        this.name = Inputs.requiredText("name", newName, MAX_NAME_LENGTH);
    }

    public void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public int position() {
        return position;
    }

    /**
     * Deactivated, it is no longer offered when a status is set; tickets that carry it keep it until it is changed
     * or cleared.
     */
    public void activate(boolean on) {
        this.active = on;
    }

    public Department department() {
        return department;
    }
}
