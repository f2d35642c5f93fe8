package dev.helpdesk.web.security.api;

import dev.helpdesk.security.login.application.LoginThrottle;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Lets a login whose wrong passwords made it wait try again at once (audited). Administrators.
 */
@Path("/v1/logins/unlock")
@RequestScoped
public class LoginUnlockResource {

    @EJB
    private LoginThrottle throttle;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unlock(UnlockBody body) {
        throttle.unlock(ApiRequests.require(body).login());
        return Response.noContent().build();
    }

    public record UnlockBody(String login) {
    }
}
