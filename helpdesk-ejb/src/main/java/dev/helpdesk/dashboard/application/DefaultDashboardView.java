package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.DashboardAudience;
import dev.helpdesk.dashboard.domain.DashboardLayout;
import java.io.Serializable;

/** A default dashboard as Management shows it: for whom (a role, or a group by its name) and its layout. */
public record DefaultDashboardView(long id, DashboardAudience audience, String permissionGroupName,
                                   DashboardLayout layout) implements Serializable {
}
