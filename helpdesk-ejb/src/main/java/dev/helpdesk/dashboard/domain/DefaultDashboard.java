package dev.helpdesk.dashboard.domain;

import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * The layout an administrator chose for a role or a permission group: what its people see until they arrange
 * their own, and what "reset to default" brings back.
 */
@Entity
public class DefaultDashboard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience")
    private DashboardAudience.Kind audienceKind;

    @Enumerated(EnumType.STRING)
    private AgentRole role;

    private Long permissionGroupId;

    private String widgets;

    private int periodDays;

    @Version
    private long version;

    protected DefaultDashboard() {
    }

    public DefaultDashboard(DashboardAudience audience, DashboardLayout layout) {
        this.audienceKind = audience.kind();
        this.role = audience.kind() == DashboardAudience.Kind.ROLE ? audience.role() : null;
        this.permissionGroupId = audience.kind() == DashboardAudience.Kind.PERMISSION_GROUP
                ? audience.permissionGroupId() : null;
        if (role == null && permissionGroupId == null) {
            throw new InvalidInputException("audience", "validation.required");
        }
        arrange(layout);
    }

    /** A default must show something: an empty one is refused (people would land on a blank page). */
    public void arrange(DashboardLayout layout) {
        if (layout.widgets().isEmpty()) {
            throw new InvalidInputException("widgets", "validation.dashboard.empty");
        }
        this.widgets = layout.widgetsText();
        this.periodDays = layout.period().days();
    }

    public DashboardLayout layout() {
        return DashboardLayout.of(widgets, periodDays);
    }

    public DashboardAudience audience() {
        return new DashboardAudience(audienceKind, role, permissionGroupId);
    }

    public Long id() {
        return id;
    }
}
