package dev.helpdesk.web.customer.api;

import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.web.common.api.ApiRequests.NewOrganizationBody;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
 * Organizations, for agents whose permission group grants seeing customers (listing and reading them) and
 * registering them (creating and changing).
 */
@Path("/v1/organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @EJB
    private CustomerDirectoryService customers;

    @GET
    public List<OrganizationJson> organizations() {
        return customers.organizations().stream().map(OrganizationJson::of).toList();
    }

    @GET
    @Path("/{id}")
    public OrganizationJson organization(@PathParam("id") long id) {
        return OrganizationJson.of(customers.organization(id));
    }

    @POST
    public Response createOrganization(NewOrganizationBody body) {
        NewOrganizationBody r = ApiRequests.require(body);
        return ApiRequests.created(OrganizationJson.of(customers.createOrganization(r.name(), r.parentId(),
                ApiRequests.fieldValues(r.customFields()))));
    }

    @PUT
    @Path("/{id}")
    public OrganizationJson changeOrganization(@PathParam("id") long id, NewOrganizationBody body) {
        NewOrganizationBody r = ApiRequests.require(body);
        return OrganizationJson.of(customers.changeOrganization(id, r.name(), r.parentId(), r.active(),
                ApiRequests.fieldValues(r.customFields())));
    }
}
