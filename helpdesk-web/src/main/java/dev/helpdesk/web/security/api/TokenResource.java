package dev.helpdesk.web.security.api;

import dev.helpdesk.security.token.application.ApiTokenService;
import dev.helpdesk.security.token.application.IssuedToken;
import dev.helpdesk.web.common.api.ApiRequests.NewTokenBody;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * API tokens: issued for an agent or customer, listed without their secrets, revoked at once. Administrators.
 */
@Path("/v1/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    @EJB
    private ApiTokenService tokens;

    @GET
    public List<TokenJson> tokens() {
        return tokens.all().stream().map(TokenJson::of).toList();
    }

    @DELETE
    @Path("/{id}")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }

    @POST
    public Response issueToken(NewTokenBody body) {
        NewTokenBody r = ApiRequests.require(body);
        IssuedToken token = tokens.issue(r.owner(), r.name());
        return ApiRequests.created(IssuedTokenJson.of(token));
    }
}
