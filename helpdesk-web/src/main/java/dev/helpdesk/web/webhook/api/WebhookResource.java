package dev.helpdesk.web.webhook.api;

import dev.helpdesk.web.common.api.ApiRequests;
import dev.helpdesk.webhook.application.WebhookAdminService;
import dev.helpdesk.webhook.domain.WebhookDelivery;
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

/** Webhook receivers, the delivery log with every attempt, and replays. Administrators. */
@Path("/v1/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @EJB
    private WebhookAdminService webhooks;

    @GET
    public List<WebhookEndpointJson> endpoints() {
        return webhooks.endpoints().stream().map(WebhookEndpointJson::of).toList();
    }

    @POST
    public Response register(EndpointBody body) {
        EndpointBody request = ApiRequests.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(WebhookEndpointJson.of(webhooks.register(request.url(), request.secret(),
                        request.active() == null || request.active()))).build();
    }

    /** A left-out secret keeps the current one. */
    @PUT
    @Path("/{id}")
    public WebhookEndpointJson change(@PathParam("id") long id, EndpointBody body) {
        EndpointBody request = ApiRequests.require(body);
        return WebhookEndpointJson.of(webhooks.change(id, request.url(), request.secret(),
                request.active() == null || request.active()));
    }

    @GET
    @Path("/deliveries")
    public List<WebhookDeliveryJson> deliveries(@QueryParam("endpointId") Long endpointId,
                                                @QueryParam("state") String state,
                                                @QueryParam("before") Long before,
                                                @QueryParam("limit") @DefaultValue("50") int limit) {
        return webhooks.deliveries(endpointId, ApiRequests.option(WebhookDelivery.State.class, "state", state),
                before, limit).stream().map(WebhookDeliveryJson::of).toList();
    }

    @GET
    @Path("/deliveries/{id}/attempts")
    public List<WebhookAttemptJson> attempts(@PathParam("id") long id) {
        return webhooks.attempts(id).stream().map(WebhookAttemptJson::of).toList();
    }

    @POST
    @Path("/deliveries/{id}/replay")
    public Response replay(@PathParam("id") long id) {
        webhooks.replay(id);
        return Response.accepted().build();
    }

    public record EndpointBody(String url, String secret, Boolean active) {
    }
}
