package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.web.common.api.ApiRequests.PermissionGroupBody;
import dev.helpdesk.web.common.api.ApiRequests;
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
 * Permission groups: what the agents in each see and may do. Administrators.
 */
@Path("/v1/permission-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PermissionGroupResource {

    @EJB
    private DirectoryAdminService admin;

    @GET
    public List<PermissionGroupJson> permissionGroups() {
        return admin.permissionGroups().stream().map(PermissionGroupJson::of).toList();
    }

    @POST
    public Response createPermissionGroup(PermissionGroupBody body) {
        PermissionGroupBody r = ApiRequests.require(body);
        return ApiRequests.created(PermissionGroupJson.of(admin.createPermissionGroup(r.name(), r.permissions())));
    }

    @PUT
    @Path("/{id}")
    public PermissionGroupJson changePermissionGroup(@PathParam("id") long id, PermissionGroupBody body) {
        PermissionGroupBody r = ApiRequests.require(body);
        return PermissionGroupJson.of(admin.changePermissionGroup(id, r.name(), r.permissions()));
    }

    @DELETE
    @Path("/{id}")
    public Response deletePermissionGroup(@PathParam("id") long id) {
        admin.deletePermissionGroup(id);
        return Response.noContent().build();
    }
}
