package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** A group of customers — a client company, a sector, a region — possibly inside a parent organization. */
@Entity
public class Organization {

    public static final int MAX_NAME_LENGTH = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    private boolean active;

    private Instant createdAt;

    @Version
    private long version;

    protected Organization() {
    }

    public Organization(String name, Organization parent, Instant now) {
        this.name = Inputs.requiredText("name", name, MAX_NAME_LENGTH);
        this.parent = parent;
        this.active = true;
        this.createdAt = now;
        if (parent != null && !parent.isActive()) {
            throw new InvalidInputException("parentId", "validation.organization.inactive");
        }
    }

    public void rename(String newName) {
        this.name = Inputs.requiredText("name", newName, MAX_NAME_LENGTH);
    }

    /** Places the organization under another (or at the top with null); an organization cannot contain itself. */
    public void moveUnder(Organization newParent) {
        for (Organization up = newParent; up != null; up = up.parent) {
            if (up == this || (id != null && id.equals(up.id))) {
                throw new InvalidInputException("parentId", "validation.organization.cycle");
            }
        }
        if (newParent != null && !newParent.isActive()) {
            throw new InvalidInputException("parentId", "validation.organization.inactive");
        }
        this.parent = newParent;
    }

    public void activate(boolean newActive) {
        this.active = newActive;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Organization parent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }
}
