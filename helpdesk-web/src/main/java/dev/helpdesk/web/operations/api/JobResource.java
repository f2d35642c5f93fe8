package dev.helpdesk.web.operations.api;

import dev.helpdesk.operations.application.JobConsole;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The operator console through the API: batch jobs, their runs, start, stop, restart. Administrators. */
@Path("/v1/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @EJB
    private JobConsole console;

    @GET
    public List<JobJson> jobs() {
        return console.jobs().stream().map(JobJson::of).toList();
    }

    /** {@code {everyMinutes, enabled}}: how often the job runs by itself; applies at once. */
    @PUT
    @Path("/{name}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public JobJson schedule(@PathParam("name") String name, ScheduleBody body) {
        ScheduleBody r = ApiRequests.require(body);
        if (r.everyMinutes() == null) {
            throw new InvalidInputException("everyMinutes", "validation.required");
        }
        return JobJson.of(console.schedule(name, r.everyMinutes(), r.enabled() == null || r.enabled()));
    }

    public record ScheduleBody(Integer everyMinutes, Boolean enabled) {
    }

    @GET
    @Path("/{name}/runs")
    public List<JobRunJson> runs(@PathParam("name") String name, @QueryParam("limit") @DefaultValue("20") int limit) {
        return console.runs(name, Math.min(limit, 100)).stream().map(JobRunJson::of).toList();
    }

    @POST
    @Path("/{name}/runs")
    public Response start(@PathParam("name") String name) {
        return Response.status(Response.Status.CREATED).entity(JobRunJson.of(console.start(name))).build();
    }

    @GET
    @Path("/runs/{id}")
    public JobRunJson run(@PathParam("id") long id) {
        return JobRunJson.of(console.run(id));
    }

    @POST
    @Path("/runs/{id}/stop")
    public JobRunJson stop(@PathParam("id") long id) {
        console.stop(id);
        return JobRunJson.of(console.run(id));
    }

    @POST
    @Path("/runs/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(JobRunJson.of(console.restart(id))).build();
    }
}
