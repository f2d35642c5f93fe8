package dev.helpdesk.web.api;

import dev.helpdesk.directory.application.AgentChange;
import dev.helpdesk.directory.application.AgentSummary;
import dev.helpdesk.directory.application.AgentView;
import dev.helpdesk.directory.application.CategoryView;
import dev.helpdesk.directory.application.CustomerChange;
import dev.helpdesk.directory.application.CustomerDirectoryService;
import dev.helpdesk.directory.application.CustomerView;
import dev.helpdesk.directory.application.DepartmentView;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.directory.application.NewAgent;
import dev.helpdesk.directory.application.NewCustomer;
import dev.helpdesk.directory.application.OrganizationView;
import dev.helpdesk.directory.application.PermissionGroupView;
import dev.helpdesk.security.application.ApiTokenService;
import dev.helpdesk.security.application.DirectoryCheck;
import dev.helpdesk.security.application.DirectoryRealm;
import dev.helpdesk.security.application.IssuedToken;
import dev.helpdesk.security.application.TokenView;
import dev.helpdesk.security.application.TwoFactorService;
import dev.helpdesk.ticket.application.StatusView;
import dev.helpdesk.ticket.application.TicketStatusService;
import dev.helpdesk.web.api.ApiRequests.AgentChangeBody;
import dev.helpdesk.web.api.ApiRequests.CustomerChangeBody;
import dev.helpdesk.web.api.ApiRequests.NameBody;
import dev.helpdesk.web.api.ApiRequests.NewAgentBody;
import dev.helpdesk.web.api.ApiRequests.NewCustomerBody;
import dev.helpdesk.web.api.ApiRequests.NewDepartmentBody;
import dev.helpdesk.web.api.ApiRequests.NewOrganizationBody;
import dev.helpdesk.web.api.ApiRequests.NewStatusBody;
import dev.helpdesk.web.api.ApiRequests.NewTokenBody;
import dev.helpdesk.web.api.ApiRequests.PermissionGroupBody;
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
 * Departments, categories, agents, permission groups, organizations, customers and API tokens. The directory's
 * structure is for administrators; customers and organizations for agents whose permission group grants them.
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @EJB
    private DirectoryRealm directoryRealm;

    @EJB
    private DirectoryAdminService admin;

    @EJB
    private DirectoryQuery directory;

    @EJB
    private CustomerDirectoryService customers;

    @EJB
    private ApiTokenService tokens;

    @EJB
    private TwoFactorService twoFactor;

    @EJB
    private TicketStatusService statuses;

    @GET
    @Path("/departments")
    public List<DepartmentView> departments() {
        return directory.activeDepartments();
    }

    @GET
    @Path("/departments/{id}/agents")
    public List<AgentSummary> agentsOf(@PathParam("id") long departmentId) {
        return directory.agentsOf(departmentId);
    }

    @GET
    @Path("/departments/{id}/statuses")
    public List<StatusView> statusesOf(@PathParam("id") long departmentId) {
        return statuses.ofDepartment(departmentId);
    }

    @POST
    @Path("/departments/{id}/statuses")
    public Response addStatus(@PathParam("id") long departmentId, NewStatusBody body) {
        NewStatusBody request = ApiRequests.require(body);
        return created(statuses.create(departmentId, request.name(),
                Boolean.TRUE.equals(request.exemptFromAutoClose())));
    }

    @POST
    @Path("/departments")
    public Response createDepartment(NewDepartmentBody body) {
        NewDepartmentBody request = ApiRequests.require(body);
        return created(admin.createDepartment(request.name(), request.categories()));
    }

    @POST
    @Path("/departments/{id}/categories")
    public Response addCategory(@PathParam("id") long departmentId, NameBody body) {
        CategoryView category = admin.addCategory(departmentId, ApiRequests.require(body).name());
        return created(category);
    }

    @GET
    @Path("/agents")
    public List<AgentView> agents() {
        return admin.agents();
    }

    @POST
    @Path("/agents")
    public Response createAgent(NewAgentBody body) {
        NewAgentBody r = ApiRequests.require(body);
        AgentView agent = admin.createAgent(new NewAgent(r.name(), r.email(), r.role(), r.directory(),
                r.password(), r.directoryAccount(), r.language(), r.departmentIds(), r.permissionGroupId()));
        return created(agent);
    }

    @PUT
    @Path("/agents/{id}")
    public AgentView changeAgent(@PathParam("id") long id, AgentChangeBody body) {
        AgentChangeBody r = ApiRequests.require(body);
        return admin.changeAgent(id, new AgentChange(r.name(), r.role(), r.departmentIds(), r.permissionGroupId(),
                r.active()));
    }

    @GET
    @Path("/permission-groups")
    public List<PermissionGroupView> permissionGroups() {
        return admin.permissionGroups();
    }

    @POST
    @Path("/permission-groups")
    public Response createPermissionGroup(PermissionGroupBody body) {
        PermissionGroupBody r = ApiRequests.require(body);
        return created(admin.createPermissionGroup(r.name(), r.permissions()));
    }

    @PUT
    @Path("/permission-groups/{id}")
    public PermissionGroupView changePermissionGroup(@PathParam("id") long id, PermissionGroupBody body) {
        PermissionGroupBody r = ApiRequests.require(body);
        return admin.changePermissionGroup(id, r.name(), r.permissions());
    }

    @DELETE
    @Path("/permission-groups/{id}")
    public Response deletePermissionGroup(@PathParam("id") long id) {
        admin.deletePermissionGroup(id);
        return Response.noContent().build();
    }

    /** Customers newest first, 50 a page: {@code q} searches name and e-mail, {@code before} is the last id seen. */
    @GET
    @Path("/customers")
    public List<CustomerView> customers(@QueryParam("q") String text, @QueryParam("before") Long before,
                                        @QueryParam("limit") @DefaultValue("50") int limit) {
        return customers.customers(text, before, limit);
    }

    @GET
    @Path("/customers/{id}")
    public CustomerView customer(@PathParam("id") long id) {
        return customers.customer(id);
    }

    @POST
    @Path("/customers")
    public Response createCustomer(NewCustomerBody body) {
        NewCustomerBody r = ApiRequests.require(body);
        CustomerView customer = customers.createCustomer(new NewCustomer(r.name(), r.email(), r.directory(),
                r.password(), r.directoryAccount(), r.language(), r.organizationId(), r.phone(),
                ApiRequests.fieldValues(r.customFields())));
        return created(customer);
    }

    @PUT
    @Path("/customers/{id}")
    public CustomerView changeCustomer(@PathParam("id") long id, CustomerChangeBody body) {
        CustomerChangeBody r = ApiRequests.require(body);
        return customers.changeCustomer(id, new CustomerChange(r.name(), r.phone(), r.organizationId(), r.active(),
                ApiRequests.fieldValues(r.customFields())));
    }

    /** The work shift outside which the agent may not use the help desk; {@code {"shiftId": null}} frees them. */
    @PUT
    @Path("/agents/{id}/access-shift")
    public AgentView bindToShift(@PathParam("id") long id, ShiftBody body) {
        return admin.bindToShift(id, ApiRequests.require(body).shiftId());
    }

    public record ShiftBody(Long shiftId) {
    }

    /** The account name (sAMAccountName) a directory agent may also sign in with; blank or null removes it. */
    @PUT
    @Path("/agents/{id}/directory-account")
    public AgentView changeAgentDirectoryAccount(@PathParam("id") long id, DirectoryAccountBody body) {
        return admin.changeDirectoryAccount(id, ApiRequests.require(body).directoryAccount());
    }

    @PUT
    @Path("/customers/{id}/directory-account")
    public CustomerView changeCustomerDirectoryAccount(@PathParam("id") long id, DirectoryAccountBody body) {
        return customers.changeDirectoryAccount(id, ApiRequests.require(body).directoryAccount());
    }

    public record DirectoryAccountBody(String directoryAccount) {
    }

    /**
     * The administrator's test of the company directory through the server's LDAP realm: connects, and looks the
     * login name up when one is given ({@code {"login": "ana@empresa.example"}}, or an account name).
     */
    @POST
    @Path("/directory/check")
    public DirectoryCheck checkDirectory(DirectoryCheckBody body) {
        return directoryRealm.check(body == null ? null : body.login());
    }

    public record DirectoryCheckBody(String login) {
    }

    /** An agent who lost the phone: their authenticator key and recovery codes go (administrators). */
    @DELETE
    @Path("/agents/{id}/two-factor")
    public Response resetTwoFactor(@PathParam("id") long id) {
        twoFactor.reset(id);
        return Response.noContent().build();
    }

    /** Only a customer without tickets can be deleted; one with tickets is deactivated instead. */
    @DELETE
    @Path("/customers/{id}")
    public Response deleteCustomer(@PathParam("id") long id) {
        customers.deleteCustomer(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/organizations")
    public List<OrganizationView> organizations() {
        return directory.organizations();
    }

    @GET
    @Path("/organizations/{id}")
    public OrganizationView organization(@PathParam("id") long id) {
        return customers.organization(id);
    }

    @POST
    @Path("/organizations")
    public Response createOrganization(NewOrganizationBody body) {
        NewOrganizationBody r = ApiRequests.require(body);
        return created(customers.createOrganization(r.name(), r.parentId(),
                ApiRequests.fieldValues(r.customFields())));
    }

    @PUT
    @Path("/organizations/{id}")
    public OrganizationView changeOrganization(@PathParam("id") long id, NewOrganizationBody body) {
        NewOrganizationBody r = ApiRequests.require(body);
        return customers.changeOrganization(id, r.name(), r.parentId(), r.active(),
                ApiRequests.fieldValues(r.customFields()));
    }

    @GET
    @Path("/tokens")
    public List<TokenView> tokens() {
        return tokens.all();
    }

    @DELETE
    @Path("/tokens/{id}")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/tokens")
    public Response issueToken(NewTokenBody body) {
        NewTokenBody r = ApiRequests.require(body);
        IssuedToken token = tokens.issue(r.owner(), r.name());
        return created(token);
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
