package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.DashboardLayout;
import dev.helpdesk.dashboard.domain.ReportPeriod;
import dev.helpdesk.dashboard.domain.WidgetKind;
import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.sla.application.SlaCalendars;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of the caller's widgets, each read by its own {@link Widget} within the caller's ticket scope: what
 * the dashboard draws on every refresh, and what the API answers.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class DashboardQuery {

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<Widget> widgets;

    /** The figures of one widget over the period (which only the period widgets use). */
    public WidgetData read(WidgetKind kind, ReportPeriod period) {
        Caller caller = currentUser.caller();
        if (!available(caller).contains(kind)) {
            throw new AccessDeniedException("The caller's permission group does not grant " + kind);
        }
        return byKind().get(kind).read(context(caller, period));
    }

    /** The figures of every widget of the layout, in its order, leaving out what the caller may not see. */
    public List<WidgetData> read(DashboardLayout layout) {
        Caller caller = currentUser.caller();
        WidgetContext context = context(caller, layout.period());
        Map<WidgetKind, Widget> byKind = byKind();
        Set<WidgetKind> allowed = available(caller);
        return layout.kinds().stream().filter(allowed::contains).map(kind -> byKind.get(kind).read(context))
                .toList();
    }

    /** The widgets the caller may put on a dashboard: every one, report widgets only when reports are granted. */
    public static Set<WidgetKind> available(Caller caller) {
        return Arrays.stream(WidgetKind.values())
                .filter(kind -> !kind.isReport() || caller.permissions().viewReports())
                .collect(Collectors.toUnmodifiableSet());
    }

    private WidgetContext context(Caller caller, ReportPeriod period) {
        return new WidgetContext(caller, clock.instant(), SlaCalendars.zone(), period);
    }

    private Map<WidgetKind, Widget> byKind() {
        Map<WidgetKind, Widget> byKind = new EnumMap<>(WidgetKind.class);
        widgets.forEach(widget -> byKind.put(widget.kind(), widget));
        if (byKind.size() != WidgetKind.values().length) {
            throw new IllegalStateException("A widget kind has no Widget class: " + byKind.keySet());
        }
        return byKind;
    }
}
