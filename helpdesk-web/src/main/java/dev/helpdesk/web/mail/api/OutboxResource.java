package dev.helpdesk.web.mail.api;

import dev.helpdesk.mail.application.OutboxQuery;
import dev.helpdesk.mail.domain.OutboundMail;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The e-mails the help desk sent or is sending: {@code state} (PENDING, SENDING, SENT, FAILED) and {@code ticket}
 * (a protocol) filter, {@code before} (an id) pages back. Administrators.
 */
@Path("/v1/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @EJB
    private OutboxQuery outbox;

    @GET
    public List<OutboxJson> page(@QueryParam("state") String state, @QueryParam("ticket") Long ticket,
                                 @QueryParam("before") Long before,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        return outbox.page(ApiRequests.option(OutboundMail.State.class, "state", state), ticket, before, limit)
                .stream().map(OutboxJson::of).toList();
    }
}
