package dev.helpdesk.web.security.api;

import dev.helpdesk.security.login.application.AgentEmailPolicyService;
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
 * Whether agents may change their own login e-mail (A3b). Everyone reads it; administrators change it.
 */
@Path("/v1/account/agent-email-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgentEmailPolicyResource {

    @EJB
    private AgentEmailPolicyService agentEmailPolicy;

    @GET
    public AgentEmailPolicyBody agentEmailPolicy() {
        return new AgentEmailPolicyBody(agentEmailPolicy.agentsMayChangeEmail());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentEmailPolicyBody letAgentsChangeEmail(AgentEmailPolicyBody body) {
        boolean allowed = Inputs.required("agentsMayChangeEmail", ApiRequests.require(body).agentsMayChangeEmail());
        return new AgentEmailPolicyBody(agentEmailPolicy.letAgentsChangeEmail(allowed));
    }

    public record AgentEmailPolicyBody(Boolean agentsMayChangeEmail) {
    }
}
