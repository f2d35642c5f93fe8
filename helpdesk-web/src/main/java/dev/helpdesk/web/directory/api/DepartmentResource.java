package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.CategoryView;
import dev.helpdesk.directory.application.ClassificationChange;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.ticket.application.StatusChange;
import dev.helpdesk.ticket.application.TicketStatusService;
import dev.helpdesk.web.common.api.ApiRequests.ClassificationBody;
import dev.helpdesk.web.common.api.ApiRequests.NameBody;
import dev.helpdesk.web.common.api.ApiRequests.NewDepartmentBody;
import dev.helpdesk.web.common.api.ApiRequests.NewStatusBody;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Departments with their categories and custom statuses, and who may be assigned in each. Everyone reads them;
 * administrators register them and set whom their mails come from.
 */
@Path("/v1/departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    @EJB
    private DirectoryAdminService admin;

    @EJB
    private DirectoryQuery directory;

    @EJB
    private TicketStatusService statuses;

    /**
     * The active departments with their active categories, by position then name: what can be chosen for a new
     * ticket. {@code includeInactive=true} (administrators) lists every department and category, as Management ›
     * Departments keeps them.
     */
    @GET
    public List<DepartmentJson> departments(@QueryParam("includeInactive") boolean includeInactive) {
        return (includeInactive ? admin.departments() : directory.activeDepartments()).stream()
                .map(DepartmentJson::of).toList();
    }

    /** A new name, place or active flag (administrators); tickets keep the department under its new name. */
    @PUT
    @Path("/{id}")
    public DepartmentJson changeDepartment(@PathParam("id") long departmentId, ClassificationBody body) {
        ClassificationBody request = ApiRequests.require(body);
        return DepartmentJson.of(admin.changeDepartment(departmentId,
                new ClassificationChange(request.name(), request.position(), request.active())));
    }

    /** A category's new name, place or active flag (administrators). */
    @PUT
    @Path("/{id}/categories/{categoryId}")
    public CategoryJson changeCategory(@PathParam("id") long departmentId, @PathParam("categoryId") long categoryId,
                                       ClassificationBody body) {
        ClassificationBody request = ApiRequests.require(body);
        return CategoryJson.of(admin.changeCategory(departmentId, categoryId,
                new ClassificationChange(request.name(), request.position(), request.active())));
    }

    @GET
    @Path("/{id}/agents")
    public List<AgentSummaryJson> agentsOf(@PathParam("id") long departmentId) {
        return directory.agentsOf(departmentId).stream().map(AgentSummaryJson::of).toList();
    }

    @GET
    @Path("/{id}/statuses")
    public List<StatusJson> statusesOf(@PathParam("id") long departmentId,
                                       @QueryParam("includeInactive") boolean includeInactive) {
        return (includeInactive ? statuses.allOf(departmentId) : statuses.ofDepartment(departmentId)).stream()
                .map(StatusJson::of).toList();
    }

    @POST
    @Path("/{id}/statuses")
    public Response addStatus(@PathParam("id") long departmentId, NewStatusBody body) {
        NewStatusBody request = ApiRequests.require(body);
        return ApiRequests.created(StatusJson.of(statuses.create(departmentId, request.name(),
                Boolean.TRUE.equals(request.exemptFromAutoClose()), Boolean.TRUE.equals(request.customerMayFinish()))));
    }

    /**
     * A new name, behaviour, place or active flag for a status (administrators); {@code exemptFromAutoClose} and
     * {@code customerMayFinish} left out are off, {@code position} and {@code active} left out stay.
     */
    @PUT
    @Path("/{id}/statuses/{statusId}")
    public StatusJson changeStatus(@PathParam("id") long departmentId, @PathParam("statusId") long statusId,
                                   NewStatusBody body) {
        NewStatusBody request = ApiRequests.require(body);
        return StatusJson.of(statuses.change(departmentId, statusId, new StatusChange(request.name(),
                Boolean.TRUE.equals(request.exemptFromAutoClose()), Boolean.TRUE.equals(request.customerMayFinish()),
                request.position(), request.active())));
    }

    @POST
    public Response createDepartment(NewDepartmentBody body) {
        NewDepartmentBody request = ApiRequests.require(body);
        return ApiRequests.created(DepartmentJson.of(admin.createDepartment(request.name(), request.categories())));
    }

    /**
     * Whom the department's mails come from: {@code {senderAddress, senderName}}, as the department reads; each
     * blank or left out for the account's.
     */
    @PUT
    @Path("/{id}/sender")
    public DepartmentJson changeSender(@PathParam("id") long departmentId, SenderBody body) {
        SenderBody request = ApiRequests.require(body);
        return DepartmentJson.of(admin.changeDepartmentSender(departmentId, request.senderAddress(),
                request.senderName()));
    }

    public record SenderBody(String senderAddress, String senderName) {
    }

    @POST
    @Path("/{id}/categories")
    public Response addCategory(@PathParam("id") long departmentId, NameBody body) {
        CategoryView category = admin.addCategory(departmentId, ApiRequests.require(body).name());
        return ApiRequests.created(CategoryJson.of(category));
    }
}
