package dev.helpdesk.web.api;

import dev.helpdesk.security.application.Caller;
import dev.helpdesk.security.application.MyAccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The agent or customer a token acts as, and their own preferences. */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    private MyAccountService myAccount;

    @GET
    public Caller me() {
        return myAccount.me();
    }

    @PUT
    @Path("/language")
    public Caller changeLanguage(LanguageBody body) {
        return myAccount.changeLanguage(ApiRequests.require(body).language());
    }

    public record LanguageBody(String language) {
    }
}
