package dev.helpdesk.web.selfservice.api;

import dev.helpdesk.selfservice.application.ContactDepartment;
import dev.helpdesk.selfservice.application.ContactForm;
import dev.helpdesk.selfservice.application.ContactReceipt;
import dev.helpdesk.selfservice.domain.ContactMessage;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/**
 * The public contact form for programs (the company site's own form posting here), open without a token when the
 * account turns the form on (else 403): the departments one may write to, and a message that opens a ticket.
 */
@Path("/v1/contact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    /** The path open without a token (the mechanism lets it through). */
    public static final Set<String> PUBLIC_PATHS = Set.of("/api/v1/contact");

    @EJB
    private ContactForm contactForm;

    @GET
    public FormJson form() {
        if (!contactForm.isOpen()) {
            throw new AccessDeniedException("The contact form is off");
        }
        return new FormJson(contactForm.departments());
    }

    /** 201 with the ticket's protocol and the address its confirmation was mailed to. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(ContactBody body) {
        ContactBody b = ApiRequests.require(body);
        ContactReceipt receipt = contactForm.send(new ContactMessage(b.name(), b.email(), b.departmentId(),
                b.subject(), b.message()));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    public record ContactBody(String name, String email, Long departmentId, String subject, String message) {
    }

    public record FormJson(List<ContactDepartment> departments) {
    }
}
