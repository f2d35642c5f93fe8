package dev.helpdesk.web.dashboard.api;

import dev.helpdesk.dashboard.application.MyDashboard;
import dev.helpdesk.dashboard.domain.WidgetKind;
import dev.helpdesk.dashboard.domain.WidgetSize;
import java.util.List;

/** The caller's dashboard: its widgets in order with their sizes, its period, whether it is their own. */
public record DashboardJson(List<PlacementJson> widgets, int periodDays, boolean personal, List<WidgetKind> addable) {

    public record PlacementJson(WidgetKind kind, WidgetSize size) {
    }

    static DashboardJson of(MyDashboard d) {
        return new DashboardJson(d.layout().widgets().stream().map(w -> new PlacementJson(w.kind(), w.size()))
                .toList(), d.layout().period().days(), d.personal(), d.addable());
    }
}
