package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.AccountOwnerService;
import dev.helpdesk.shared.domain.NotFoundException;
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
 * The agent who owns the account. Administrators.
 */
@Path("/v1/account/owner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountOwnerResource {

    @EJB
    private AccountOwnerService owner;

    @GET
    public OwnerJson owner() {
        return OwnerJson.of(owner.owner().orElseThrow(() -> new NotFoundException("owner", "account")));
    }

    /** Hands ownership to another active administrator ({@code {"agentId": 7}}); both are mailed. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnerJson transferOwnership(OwnerBody body) {
        return OwnerJson.of(owner.transferTo(ApiRequests.require(body).agentId()));
    }

    public record OwnerBody(Long agentId) {
    }
}
