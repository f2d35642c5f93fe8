package dev.helpdesk.web.security.api;

import dev.helpdesk.security.access.application.AccessRestrictionService;
import dev.helpdesk.security.access.application.AccessRulesView;
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
 * Where agents and customers may come from (one rule per line, empty: anywhere), and the trusted proxies.
 * Administrators.
 */
@Path("/v1/account/ip-restriction")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IpRestrictionResource {

    @EJB
    private AccessRestrictionService access;

    @GET
    public AccessRulesJson ipRestriction() {
        return AccessRulesJson.of(access.current());
    }

    /** A list that would lock out the caller is refused (field agentAllowList) unless confirmLockOut is true. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AccessRulesJson restrict(IpRestrictionBody body) {
        IpRestrictionBody request = ApiRequests.require(body);
        return AccessRulesJson.of(access.change(new AccessRulesView(request.agentAllowList(),
                request.customerAllowList(), request.trustedProxies()), Boolean.TRUE.equals(request.confirmLockOut())));
    }

    public record IpRestrictionBody(String agentAllowList, String customerAllowList, String trustedProxies,
                                    Boolean confirmLockOut) {
    }
}
