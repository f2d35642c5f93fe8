package dev.helpdesk.web.audit.api;

import dev.helpdesk.audit.application.AuditQuery;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The audit log (administrators): search newest first ({@code from} included and {@code until} excluded are ISO-8601
 * instants), and verify the hash chain end to end.
 */
@Path("/v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditQuery audit;

    @GET
    public List<AuditRecordJson> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                        @QueryParam("objectType") String objectType,
                                        @QueryParam("objectId") String objectId, @QueryParam("from") String from,
                                        @QueryParam("until") String until, @QueryParam("before") Long before,
                                        @QueryParam("limit") @DefaultValue("50") int limit) {
        return audit.search(actor, action, objectType, objectId, ApiRequests.instant("from", from),
                        ApiRequests.instant("until", until), before, limit).stream().map(AuditRecordJson::of)
                .toList();
    }

    @POST
    @Path("/verify")
    public AuditVerificationJson verify() {
        return AuditVerificationJson.of(audit.verify());
    }
}
