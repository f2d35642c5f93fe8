package dev.helpdesk.web.notification.api;

import dev.helpdesk.notification.application.MailPolicyService;
import dev.helpdesk.notification.domain.CustomerMailPolicy;
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
 * Whether customers get e-mails about their tickets: {@code ALLOW_CHOICE} (default), {@code ALWAYS}, {@code NEVER}.
 * Administrators change it.
 */
@Path("/v1/account/customer-mail-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerMailPolicyResource {

    @EJB
    private MailPolicyService mailPolicy;

    @GET
    public PolicyBody customerMailPolicy() {
        return new PolicyBody(mailPolicy.customerMailPolicy().name());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicyBody chooseCustomerMailPolicy(PolicyBody body) {
        CustomerMailPolicy policy = Inputs.required("policy", ApiRequests.option(CustomerMailPolicy.class, "policy",
                ApiRequests.require(body).policy()));
        return new PolicyBody(mailPolicy.chooseCustomerMailPolicy(policy).name());
    }

    public record PolicyBody(String policy) {
    }
}
