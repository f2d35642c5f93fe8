package dev.helpdesk.web.customer.api;

import dev.helpdesk.customer.application.CustomerChange;
import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.customer.application.CustomerView;
import dev.helpdesk.customer.application.NewCustomer;
import dev.helpdesk.security.login.application.PasswordLinks;
import dev.helpdesk.web.common.api.ApiRequests.CustomerChangeBody;
import dev.helpdesk.web.common.api.ApiRequests.DirectoryAccountBody;
import dev.helpdesk.web.common.api.ApiRequests.NewCustomerBody;
import dev.helpdesk.web.common.api.ApiRequests;
import dev.helpdesk.web.security.api.PasswordLinkJson;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Customers, for agents whose permission group grants them; data the group does not grant comes back null.
 */
@Path("/v1/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @EJB
    private PasswordLinks passwordLinks;

    @EJB
    private CustomerDirectoryService customers;

    /** Customers newest first, 50 a page: {@code q} searches name and e-mail, {@code before} is the last id seen. */
    @GET
    public List<CustomerJson> customers(@QueryParam("q") String text, @QueryParam("before") Long before,
                                        @QueryParam("limit") @DefaultValue("50") int limit) {
        return customers.customers(text, before, limit).stream().map(CustomerJson::of).toList();
    }

    @GET
    @Path("/{id}")
    public CustomerJson customer(@PathParam("id") long id) {
        return CustomerJson.of(customers.customer(id));
    }

    @POST
    public Response createCustomer(NewCustomerBody body) {
        NewCustomerBody r = ApiRequests.require(body);
        CustomerView customer = customers.createCustomer(new NewCustomer(r.name(), r.email(), r.directory(),
                r.password(), r.directoryAccount(), r.language(), r.organizationId(), r.phone(),
                ApiRequests.fieldValues(r.customFields())));
        return ApiRequests.created(CustomerJson.of(customer));
    }

    @PUT
    @Path("/{id}")
    public CustomerJson changeCustomer(@PathParam("id") long id, CustomerChangeBody body) {
        CustomerChangeBody r = ApiRequests.require(body);
        return CustomerJson.of(customers.changeCustomer(id, new CustomerChange(r.name(), r.phone(),
                r.organizationId(), r.managesOrganization(), r.active(), ApiRequests.fieldValues(r.customFields()))));
    }

    @PUT
    @Path("/{id}/directory-account")
    public CustomerJson changeCustomerDirectoryAccount(@PathParam("id") long id, DirectoryAccountBody body) {
        return CustomerJson.of(customers.changeDirectoryAccount(id, ApiRequests.require(body).directoryAccount()));
    }

    /** Only a customer without tickets can be deleted; one with tickets is deactivated instead. */
    @DELETE
    @Path("/{id}")
    public Response deleteCustomer(@PathParam("id") long id) {
        customers.deleteCustomer(id);
        return Response.noContent().build();
    }

    /** Mails the customer an invitation (no password yet) or a reset link (administrators). */
    @POST
    @Path("/{id}/password-link")
    public Response sendPasswordLink(@PathParam("id") long id) {
        return Response.accepted(PasswordLinkJson.of(passwordLinks.sendToCustomer(id))).build();
    }
}
