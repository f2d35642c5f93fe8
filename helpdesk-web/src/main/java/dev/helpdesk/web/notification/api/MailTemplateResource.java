package dev.helpdesk.web.notification.api;

import dev.helpdesk.notification.application.MailTemplateAdminService;
import dev.helpdesk.notification.domain.NotificationKind;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The notifications' e-mail templates, each kind in each language: read, change, back to built-in. Administrators. */
@Path("/v1/mail-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailTemplateResource {

    @EJB
    private MailTemplateAdminService templates;


    @GET
    public List<TemplateJson> templates() {
        return templates.all().stream().map(TemplateJson::of).toList();
    }

    @PUT
    @Path("/{kind}/{language}")
    public TemplateJson changeTemplate(@PathParam("kind") String kind, @PathParam("language") String language,
                                       TemplateBody body) {
        TemplateBody request = ApiRequests.require(body);
        return TemplateJson.of(templates.change(ApiRequests.option(NotificationKind.class, "kind", kind),
                Language.fromTag(language), request.subject(), request.body()));
    }

    /** Back to the built-in text. */
    @DELETE
    @Path("/{kind}/{language}")
    public TemplateJson restoreTemplate(@PathParam("kind") String kind, @PathParam("language") String language) {
        return TemplateJson.of(templates.restore(ApiRequests.option(NotificationKind.class, "kind", kind),
                Language.fromTag(language)));
    }

    public record TemplateBody(String subject, String body) {
    }

}
