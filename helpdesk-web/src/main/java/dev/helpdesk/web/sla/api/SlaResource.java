package dev.helpdesk.web.sla.api;

import dev.helpdesk.sla.application.HolidayView;
import dev.helpdesk.sla.application.ShiftView;
import dev.helpdesk.sla.application.SlaRuleView;
import dev.helpdesk.sla.application.SlaSettingsService;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** SLA settings, for administrators: work shifts, holidays and rules. */
@Path("/v1/sla")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaResource {

    @EJB
    private SlaSettingsService sla;

    @GET
    @Path("/shifts")
    public List<ShiftJson> shifts() {
        return sla.shifts().stream().map(ShiftJson::of).toList();
    }

    /** {@code {"name": "Plantão", "hours": {"SATURDAY": [{"start": "08:00", "end": "12:00"}]}}} */
    @POST
    @Path("/shifts")
    public Response createShift(ShiftView body) {
        ShiftView r = ApiRequests.require(body);
        return ApiRequests.created(ShiftJson.of(sla.createShift(r.name(), r.hours())));
    }

    @PUT
    @Path("/shifts/{id}")
    public ShiftJson changeShift(@PathParam("id") long id, ShiftView body) {
        ShiftView r = ApiRequests.require(body);
        return ShiftJson.of(sla.changeShift(id, r.name(), r.hours()));
    }

    @GET
    @Path("/holidays")
    public List<HolidayJson> holidays() {
        return sla.holidays().stream().map(HolidayJson::of).toList();
    }

    @POST
    @Path("/holidays")
    public Response createHoliday(HolidayView body) {
        HolidayView r = ApiRequests.require(body);
        return ApiRequests.created(HolidayJson.of(sla.createHoliday(r.name(), r.date(), r.yearly(), r.closedFrom(),
                r.closedUntil())));
    }

    @DELETE
    @Path("/holidays/{id}")
    public Response deleteHoliday(@PathParam("id") long id) {
        sla.deleteHoliday(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/rules")
    public List<SlaRuleJson> rules() {
        return sla.rules().stream().map(SlaRuleJson::of).toList();
    }

    @POST
    @Path("/rules")
    public Response createRule(SlaRuleView body) {
        return ApiRequests.created(SlaRuleJson.of(sla.createRule(ApiRequests.require(body))));
    }

    @PUT
    @Path("/rules/{id}")
    public SlaRuleJson changeRule(@PathParam("id") long id, SlaRuleView body) {
        return SlaRuleJson.of(sla.changeRule(id, ApiRequests.require(body)));
    }

    @DELETE
    @Path("/rules/{id}")
    public Response deleteRule(@PathParam("id") long id) {
        sla.deleteRule(id);
        return Response.noContent().build();
    }
}
