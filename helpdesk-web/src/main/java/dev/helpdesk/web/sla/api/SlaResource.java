package dev.helpdesk.web.sla.api;

import dev.helpdesk.sla.application.ShiftView;
import dev.helpdesk.sla.application.SlaRuleView;
import dev.helpdesk.sla.application.SlaSettingsService;
import dev.helpdesk.sla.domain.RuleScope;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.domain.Priority;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    public Response createShift(WorkShiftBody body) {
        WorkShiftBody r = ApiRequests.require(body);
        return ApiRequests.created(ShiftJson.of(sla.createShift(r.name(), r.hoursByDay())));
    }

    @PUT
    @Path("/shifts/{id}")
    public ShiftJson changeShift(@PathParam("id") long id, WorkShiftBody body) {
        WorkShiftBody r = ApiRequests.require(body);
        return ShiftJson.of(sla.changeShift(id, r.name(), r.hoursByDay()));
    }

    @GET
    @Path("/holidays")
    public List<HolidayJson> holidays() {
        return sla.holidays().stream().map(HolidayJson::of).toList();
    }

    @POST
    @Path("/holidays")
    public Response createHoliday(HolidayBody body) {
        HolidayBody r = ApiRequests.require(body);
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
    public Response createRule(SlaRuleBody body) {
        return ApiRequests.created(SlaRuleJson.of(sla.createRule(ApiRequests.require(body).toRule())));
    }

    @PUT
    @Path("/rules/{id}")
    public SlaRuleJson changeRule(@PathParam("id") long id, SlaRuleBody body) {
        return SlaRuleJson.of(sla.changeRule(id, ApiRequests.require(body).toRule()));
    }

    @DELETE
    @Path("/rules/{id}")
    public Response deleteRule(@PathParam("id") long id) {
        sla.deleteRule(id);
        return Response.noContent().build();
    }

    /**
     * A work shift with its hours by weekday ({@code MONDAY} … {@code SUNDAY}; "08:00"–"12:00", an end of "00:00" is
     * midnight); {@code id} and {@code defaultShift} are read but not used.
     */
    public record WorkShiftBody(Long id, String name, boolean defaultShift, Map<String, List<Hours>> hours) {

        /** One range of a weekday's hours. */
        public record Hours(String start, String end) {
        }

        /** The hours as the application takes them; a left-out day list or range stays null. */
        Map<String, List<ShiftView.Hours>> hoursByDay() {
            if (hours == null) {
                return null;
            }
            Map<String, List<ShiftView.Hours>> byDay = new LinkedHashMap<>();
            hours.forEach((day, ranges) -> byDay.put(day, ranges == null ? null : ranges.stream()
                    .map(h -> h == null ? null : new ShiftView.Hours(h.start(), h.end())).toList()));
            return byDay;
        }
    }

    /**
     * A holiday; without {@code closedFrom}/{@code closedUntil} the whole day is closed. {@code id} is read but not
     * used.
     */
    public record HolidayBody(Long id, String name, LocalDate date, boolean yearly, String closedFrom,
                              String closedUntil) {
    }

    /** An SLA rule as {@link SlaRuleView} describes it; a left-out {@code departmentId} is 0. */
    public record SlaRuleBody(Long id, SlaRuleKind kind, RuleScope.Kind scopeKind, Long scopeId, long departmentId,
                              Long categoryId, Priority priority, Integer minutes, boolean pauseOnReply, Long shiftId,
                              Priority setsPriority, BigDecimal rate, BigDecimal extraRate) {

        SlaRuleView toRule() {
            return new SlaRuleView(id, kind, scopeKind, scopeId, departmentId, categoryId, priority, minutes,
                    pauseOnReply, shiftId, setsPriority, rate, extraRate);
        }
    }
}
