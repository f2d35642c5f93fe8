package dev.helpdesk.directory.domain;

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

    @Version
    private long version;

    protected Category() {
    }

    Category(Department department, String name) {
        this.department = department;
        this.name = name;
        this.active = true;
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
