package dev.helpdesk.web.selfservice.api;

import dev.helpdesk.selfservice.application.NewRegistration;
import dev.helpdesk.selfservice.application.SelfRegistration;
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
 * Self-registration for programs (a company portal's own sign-up page), open without a token like the registration
 * page, when the account lets customers register themselves (else 403): registering, and confirming with the token
 * of the link mailed to the address.
 */
@Path("/v1/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    /** The paths open without a token (the mechanism lets them through). */
    public static final Set<String> PUBLIC_PATHS = Set.of("/api/v1/registrations", "/api/v1/registrations/confirm");

    @EJB
    private SelfRegistration registration;

    /** 202 with the address, whether or not it was free: the link, or a notice, goes to that mailbox. */
    @POST
    public Response register(RegistrationBody body) {
        RegistrationBody r = ApiRequests.require(body);
        registration.register(new NewRegistration(r.name(), r.email(), r.password(), r.acceptTerms(), r.language()));
        return Response.accepted(new EmailJson(r.email().strip().toLowerCase(java.util.Locale.ROOT))).build();
    }

    /** The link's token: 200 with the login e-mail, which now signs in with the password chosen. */
    @POST
    @Path("/confirm")
    public EmailJson confirm(ConfirmBody body) {
        return new EmailJson(registration.confirm(ApiRequests.require(body).token()));
    }

    /** {@code acceptTerms} is needed when the account has terms of use or a privacy policy. */
    public record RegistrationBody(String name, String email, String password, Boolean acceptTerms,
                                   String language) {
    }

    public record ConfirmBody(String token) {
    }

    public record EmailJson(String email) {
    }
}
