package dev.helpdesk.web.customfield.api;

import dev.helpdesk.customfield.application.CustomFieldService;
import dev.helpdesk.customfield.application.CustomFieldView;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.api.ApiRequests.CustomFieldBody;
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
 * Custom fields: administrators define them; anyone may ask which fields a form has ({@code /form?place=…}), to
 * send their values as {@code customFields: {"<id>": "value"}}.
 */
@Path("/v1/custom-fields")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomFieldResource {

    @EJB
    private CustomFieldService fields;

    @GET
    public List<CustomFieldJson> all() {
        return fields.all().stream().map(CustomFieldJson::of).toList();
    }

    /** The active fields of one form: a place, and for ticket forms the department. */
    @GET
    @Path("/form")
    public List<CustomFieldJson> form(@QueryParam("place") String place,
                                      @QueryParam("departmentId") Long departmentId) {
        CustomFieldPlace where = ApiRequests.option(CustomFieldPlace.class, "place", place);
        if (where == null) {
            throw new InvalidInputException("place", "validation.required");
        }
        return fields.formFor(where, departmentId).stream().map(CustomFieldJson::of).toList();
    }

    @POST
    public Response create(CustomFieldBody body) {
        CustomFieldView created = fields.create(ApiRequests.require(body).definition());
        return Response.status(Response.Status.CREATED).entity(CustomFieldJson.of(created)).build();
    }

    /** Changes the definition; {@code active} false takes the field out of its form, true puts it back. */
    @PUT
    @Path("/{id}")
    public CustomFieldJson change(@PathParam("id") long id, CustomFieldBody body) {
        CustomFieldBody r = ApiRequests.require(body);
        CustomFieldView changed = fields.change(id, r.definition());
        return CustomFieldJson.of(r.active() == null ? changed : fields.activate(id, r.active()));
    }
}
