package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.DashboardLayout;
import dev.helpdesk.dashboard.domain.WidgetKind;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The caller's layout, whether it is their own (or a default), and the widgets they may add. */
public record MyDashboard(DashboardLayout layout, boolean personal, Set<WidgetKind> allowed)
        implements Serializable {

    public MyDashboard {
        allowed = Set.copyOf(allowed);
    }

    /** The widgets the caller may still add, in their own order. */
    public List<WidgetKind> addable() {
        return Arrays.stream(WidgetKind.values()).filter(k -> allowed.contains(k) && !layout.holds(k)).toList();
    }
}
