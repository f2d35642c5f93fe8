package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.AgentChange;
import dev.helpdesk.directory.application.AgentView;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.application.NewAgent;
import dev.helpdesk.security.login.application.PasswordLinks;
import dev.helpdesk.security.twofactor.application.TwoFactorService;
import dev.helpdesk.web.common.api.ApiRequests.AgentChangeBody;
import dev.helpdesk.web.common.api.ApiRequests.DirectoryAccountBody;
import dev.helpdesk.web.common.api.ApiRequests.NewAgentBody;
import dev.helpdesk.web.common.api.ApiRequests;
import dev.helpdesk.web.security.api.PasswordLinkJson;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Agents: register, change, bind to a work shift, their directory account and two-factor reset. Administrators.
 */
@Path("/v1/agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentResource {

    @EJB
    private DirectoryAdminService admin;

    @EJB
    private TwoFactorService twoFactor;

    @EJB
    private PasswordLinks passwordLinks;

    @GET
    public List<AgentJson> agents() {
        return admin.agents().stream().map(AgentJson::of).toList();
    }

    @POST
    public Response createAgent(NewAgentBody body) {
        NewAgentBody r = ApiRequests.require(body);
        AgentView agent = admin.createAgent(new NewAgent(r.name(), r.email(), r.role(), r.directory(),
                r.password(), r.directoryAccount(), r.language(), r.departmentIds(), r.permissionGroupId()));
        return ApiRequests.created(AgentJson.of(agent));
    }

    @PUT
    @Path("/{id}")
    public AgentJson changeAgent(@PathParam("id") long id, AgentChangeBody body) {
        AgentChangeBody r = ApiRequests.require(body);
        return AgentJson.of(admin.changeAgent(id, new AgentChange(r.name(), r.role(), r.departmentIds(),
                r.permissionGroupId(), r.active())));
    }

    /** The work shift outside which the agent may not use the help desk; {@code {"shiftId": null}} frees them. */
    @PUT
    @Path("/{id}/access-shift")
    public AgentJson bindToShift(@PathParam("id") long id, ShiftBody body) {
        return AgentJson.of(admin.bindToShift(id, ApiRequests.require(body).shiftId()));
    }

    public record ShiftBody(Long shiftId) {
    }

    /** The account name (sAMAccountName) a directory agent may also sign in with; blank or null removes it. */
    @PUT
    @Path("/{id}/directory-account")
    public AgentJson changeAgentDirectoryAccount(@PathParam("id") long id, DirectoryAccountBody body) {
        return AgentJson.of(admin.changeDirectoryAccount(id, ApiRequests.require(body).directoryAccount()));
    }

    /** An agent who lost the phone: their authenticator key and recovery codes go (administrators). */
    @DELETE
    @Path("/{id}/two-factor")
    public Response resetTwoFactor(@PathParam("id") long id) {
        twoFactor.reset(id);
        return Response.noContent().build();
    }

    /** Mails the agent an invitation (no password yet) or a reset link; the password is theirs to choose. */
    @POST
    @Path("/{id}/password-link")
    public Response sendPasswordLink(@PathParam("id") long id) {
        return Response.accepted(PasswordLinkJson.of(passwordLinks.sendToAgent(id))).build();
    }
}
