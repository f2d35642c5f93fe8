package dev.helpdesk.web.dashboard.api;

import dev.helpdesk.dashboard.application.DashboardQuery;
import dev.helpdesk.dashboard.application.DashboardService;
import dev.helpdesk.dashboard.domain.DashboardLayout;
import dev.helpdesk.dashboard.domain.ReportPeriod;
import dev.helpdesk.dashboard.domain.WidgetKind;
import dev.helpdesk.dashboard.domain.WidgetPlacement;
import dev.helpdesk.dashboard.domain.WidgetSize;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** The caller's dashboard (agents): its layout, kept per person, and each widget's figures within their scope. */
@Path("/v1/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @EJB
    private DashboardService dashboards;

    @EJB
    private DashboardQuery query;

    @GET
    public DashboardJson mine() {
        return DashboardJson.of(dashboards.mine());
    }

    /** Replaces the caller's layout: {@code {widgets: [{kind, size}], periodDays}}. */
    @PUT
    public DashboardJson arrange(LayoutBody body) {
        LayoutBody layout = ApiRequests.require(body);
        if (layout.widgets() == null) {
            throw new InvalidInputException("widgets", "validation.required");
        }
        return DashboardJson.of(dashboards.arrange(new DashboardLayout(layout.widgets().stream()
                .map(w -> new WidgetPlacement(w.kind(), w.size())).toList(),
                ReportPeriod.ofDays(layout.periodDays() == null ? 0 : layout.periodDays()))));
    }

    /** Forgets the caller's own layout: the default for their role or group shows again. */
    @DELETE
    public DashboardJson reset() {
        return DashboardJson.of(dashboards.resetToDefault());
    }

    /** One widget's figures, e.g. {@code /v1/dashboard/widgets/open_by_department?periodDays=30}. */
    @GET
    @Path("/widgets/{kind}")
    public WidgetJson widget(@PathParam("kind") String kind, @QueryParam("periodDays") @DefaultValue("30")
                             int periodDays) {
        WidgetKind widget;
        try {
            widget = WidgetKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "validation.option");
        }
        return WidgetJson.of(query.read(widget, ReportPeriod.ofDays(periodDays)));
    }

    public record LayoutBody(List<PlacementBody> widgets, Integer periodDays) {
    }

    public record PlacementBody(WidgetKind kind, WidgetSize size) {
    }
}
