package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.PasswordPolicyService;
import dev.helpdesk.directory.domain.PasswordStrength;
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
 * The weakest password accepted where one is set: VERY_WEAK, WEAK, MEDIUM, STRONG or VERY_STRONG. Everyone reads
 * it; administrators change it.
 */
@Path("/v1/account/password-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordPolicyResource {

    @EJB
    private PasswordPolicyService passwordPolicy;

    @GET
    public PasswordPolicyBody passwordPolicy() {
        return new PasswordPolicyBody(passwordPolicy.minimumPasswordStrength().name());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PasswordPolicyBody requirePasswordStrength(PasswordPolicyBody body) {
        PasswordStrength minimum = Inputs.required("minimumStrength", ApiRequests.option(PasswordStrength.class,
                "minimumStrength", ApiRequests.require(body).minimumStrength()));
        return new PasswordPolicyBody(passwordPolicy.requirePasswordStrength(minimum).name());
    }

    public record PasswordPolicyBody(String minimumStrength) {
    }
}
