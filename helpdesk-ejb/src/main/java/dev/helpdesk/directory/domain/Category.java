package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** Classifies the tickets of one department. */
@Entity
public class Category {

    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    private String name;

    private boolean active;

    /** Where it stands among its department's categories (1 the first). */
    private int position;

    @Version
    private long version;

    protected Category() {
    }

    Category(Department department, String name, int position) {
        this.department = department;
        this.name = name;
        this.active = true;
        this.position = position;
    }

    /** A new name, unique (any case) among its department's categories; its tickets show it under this name. */
    public void rename(String newName) {
        String clean = Inputs.requiredText("name", newName, MAX_NAME_LENGTH);
        if (department.hasCategoryNamed(clean, this)) {
            throw new InvalidInputException("name", "validation.duplicate");
        }
        this.name = clean;
    }

    public void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** Deactivated, it is no longer offered for new tickets or transfers; its tickets keep it. */
    public void activate(boolean on) {
        this.active = on;
    }

    public int position() {
        return position;
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

    public Department department() {
        return department;
    }
}
