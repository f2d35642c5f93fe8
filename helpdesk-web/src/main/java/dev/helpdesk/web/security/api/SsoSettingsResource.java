package dev.helpdesk.web.security.api;

import dev.helpdesk.security.sso.application.SsoService;
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
 * Single sign-on: whether a secret is set (never the secret), which panels accept keys, the customer address.
 * Administrators.
 */
@Path("/v1/account/sso")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SsoSettingsResource {

    @EJB
    private SsoService sso;

    @GET
    public SsoSettingsJson ssoSettings() {
        return SsoSettingsJson.of(sso.current());
    }

    /** A left-out secret keeps the stored one. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SsoSettingsJson configureSso(SsoBody body) {
        SsoBody request = ApiRequests.require(body);
        return SsoSettingsJson.of(sso.change(request.secret(), Boolean.TRUE.equals(request.agents()),
                Boolean.TRUE.equals(request.customers()), request.customerLoginUrl()));
    }

    public record SsoBody(String secret, Boolean agents, Boolean customers, String customerLoginUrl) {
    }
}
