package dev.helpdesk.dashboard.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The dashboard an agent arranged for themselves; it wins over any default until they reset it. */
@Entity
public class PersonalDashboard {

    @Id
    private Long agentId;

    private String widgets;

    private int periodDays;

    @Version
    private long version;

    protected PersonalDashboard() {
    }

    public PersonalDashboard(long agentId, DashboardLayout layout) {
        this.agentId = agentId;
        arrange(layout);
    }

    public void arrange(DashboardLayout layout) {
        this.widgets = layout.widgetsText();
        this.periodDays = layout.period().days();
    }

    public DashboardLayout layout() {
        return DashboardLayout.of(widgets, periodDays);
    }

    public Long agentId() {
        return agentId;
    }
}
