package dev.helpdesk.web.security.api;

import dev.helpdesk.security.login.application.PasswordLinks;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * "Forgot password" for programs (a company portal's own login page, say), open without a token like the login
 * page: asking for a link, and choosing the password with the token the link carries.
 */
@Path("/v1/password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    /** The paths open without a token (the mechanism lets them through). */
    public static final Set<String> PUBLIC_PATHS = Set.of("/api/v1/password-resets",
            "/api/v1/password-resets/password");

    @EJB
    private PasswordLinks passwordLinks;

    /** 202 with the address, whether or not it signs anyone in: the link, if any, goes to that mailbox. */
    @POST
    public Response requestReset(ResetRequestBody body) {
        String email = ApiRequests.require(body).email();
        passwordLinks.requestReset(email);
        return Response.accepted(new ResetRequestBody(email == null ? null : email.strip())).build();
    }

    /** The link's token and the new password: 200 with the login e-mail, which now signs in with it. */
    @POST
    @Path("/password")
    public LoginJson choosePassword(NewPasswordBody body) {
        NewPasswordBody request = ApiRequests.require(body);
        return new LoginJson(passwordLinks.choosePassword(request.token(), request.newPassword()));
    }

    public record ResetRequestBody(String email) {
    }

    public record NewPasswordBody(String token, String newPassword) {
    }

    public record LoginJson(String email) {
    }
}
