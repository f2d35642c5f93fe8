package dev.helpdesk.web.ticket.api;

import dev.helpdesk.ticket.application.CannedResponseService;
import dev.helpdesk.web.common.api.ApiRequests.CannedResponseBody;
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

/**
 * Canned responses as administrators keep them. Agents get them filled in for a ticket from
 * {@code GET /tickets/{protocol}/canned-responses} ({@link TicketResource}).
 */
@Path("/v1/canned-responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CannedResponseResource {

    @EJB
    private CannedResponseService cannedResponses;

    @GET
    public List<CannedResponseJson> all() {
        return cannedResponses.all().stream().map(CannedResponseJson::of).toList();
    }

    @POST
    public Response create(CannedResponseBody body) {
        CannedResponseBody r = ApiRequests.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(CannedResponseJson.of(cannedResponses.create(r.title(), r.body(), r.departmentIds()))).build();
    }

    @PUT
    @Path("/{id}")
    public CannedResponseJson change(@PathParam("id") long id, CannedResponseBody body) {
        CannedResponseBody r = ApiRequests.require(body);
        return CannedResponseJson.of(cannedResponses.change(id, r.title(), r.body(), r.departmentIds()));
    }

    /** Deactivates it: replies that used it keep their text. */
    @DELETE
    @Path("/{id}")
    public Response deactivate(@PathParam("id") long id) {
        cannedResponses.deactivate(id);
        return Response.noContent().build();
    }
}
