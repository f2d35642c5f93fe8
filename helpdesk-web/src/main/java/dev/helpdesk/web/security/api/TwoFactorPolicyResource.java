package dev.helpdesk.web.security.api;

import dev.helpdesk.security.twofactor.application.TwoFactorService;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Whether every agent must sign in to the panels with a second factor. Administrators.
 */
@Path("/v1/account/two-factor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorPolicyResource {

    @EJB
    private TwoFactorService twoFactor;

    @GET
    public TwoFactorPolicyBody twoFactorPolicy() {
        return new TwoFactorPolicyBody(twoFactor.requiredForAll());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public TwoFactorPolicyBody requireTwoFactor(TwoFactorPolicyBody body) {
        boolean required = Inputs.required("required", ApiRequests.require(body).required());
        return new TwoFactorPolicyBody(twoFactor.requireForAll(required));
    }

    public record TwoFactorPolicyBody(Boolean required) {
    }
}
