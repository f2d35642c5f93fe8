package dev.helpdesk.web.inbound.api;

import dev.helpdesk.inbound.application.MailChannelSettings;
import dev.helpdesk.inbound.application.MailboxAdminService;
import dev.helpdesk.inbound.application.MailboxRequest;
import dev.helpdesk.inbound.application.SenderBlocklistService;
import dev.helpdesk.inbound.domain.MailOutcome;
import dev.helpdesk.inbound.domain.MailboxSecurity;
import dev.helpdesk.web.common.api.ApiRequests;
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
 * The e-mail channel: the departments' IMAP mailboxes, the account's switches for it, the sender blocklist, and the
 * messages taken in (quarantined ones can be downloaded, retried or dismissed). Administrators.
 */
@Path("/v1/mail-channel")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailboxResource {

    @EJB
    private MailboxAdminService mailboxes;

    @EJB
    private SenderBlocklistService blocklist;

    @GET
    @Path("/mailboxes")
    public List<MailboxJson> mailboxes() {
        return mailboxes.mailboxes().stream().map(MailboxJson::of).toList();
    }

    @POST
    @Path("/mailboxes")
    public Response create(MailboxBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(MailboxJson.of(mailboxes.create(ApiRequests.require(body).toRequest()))).build();
    }

    /** A left-out password keeps the stored one. */
    @PUT
    @Path("/mailboxes/{id}")
    public MailboxJson change(@PathParam("id") long id, MailboxBody body) {
        return MailboxJson.of(mailboxes.change(id, ApiRequests.require(body).toRequest()));
    }

    @POST
    @Path("/mailboxes/{id}/test")
    public ConnectionCheckJson test(@PathParam("id") long id) {
        return ConnectionCheckJson.of(mailboxes.test(id));
    }

    @GET
    @Path("/settings")
    public MailChannelSettingsJson settings() {
        return MailChannelSettingsJson.of(mailboxes.channelSettings());
    }

    @PUT
    @Path("/settings")
    public MailChannelSettingsJson changeSettings(MailChannelSettingsBody body) {
        return MailChannelSettingsJson.of(mailboxes.changeChannelSettings(ApiRequests.require(body).toSettings()));
    }

    @GET
    @Path("/blocked-senders")
    public List<BlockedSenderJson> blockedSenders() {
        return blocklist.entries().stream().map(BlockedSenderJson::of).toList();
    }

    /** {@code {entry}}: an address, or a domain as {@code example.com} or {@code @example.com}. */
    @POST
    @Path("/blocked-senders")
    public Response block(BlockedSenderBody body) {
        return ApiRequests.created(BlockedSenderJson.of(blocklist.block(ApiRequests.require(body).entry())));
    }

    @DELETE
    @Path("/blocked-senders/{id}")
    public Response unblock(@PathParam("id") long id) {
        blocklist.unblock(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/messages")
    public List<InboundMessageJson> messages(@QueryParam("outcome") String outcome,
                                             @QueryParam("before") Long before,
                                             @QueryParam("limit") @DefaultValue("50") int limit) {
        return mailboxes.messages(ApiRequests.option(MailOutcome.class, "outcome", outcome), before, limit).stream()
                .map(InboundMessageJson::of).toList();
    }

    @GET
    @Path("/messages/{id}/raw")
    @Produces(MediaType.WILDCARD)
    public Response raw(@PathParam("id") long id) {
        return Response.ok(mailboxes.raw(id), "message/rfc822")
                .header("Content-Disposition", "attachment; filename=\"message-" + id + ".eml\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("/messages/{id}/retry")
    public InboundMessageJson retry(@PathParam("id") long id) {
        return InboundMessageJson.of(mailboxes.retry(id));
    }

    @POST
    @Path("/messages/{id}/dismiss")
    public InboundMessageJson dismiss(@PathParam("id") long id) {
        return InboundMessageJson.of(mailboxes.dismiss(id));
    }

    /** A new mailbox or new settings for one; a blank password keeps the stored one. */
    public record MailboxBody(String address, Long departmentId, Long categoryId, String host, Integer port,
                              MailboxSecurity security, String username, String password, String folder,
                              String processedFolder, Integer pollSeconds, Boolean active) {

        MailboxRequest toRequest() {
            return new MailboxRequest(address, departmentId, categoryId, host, port, security, username, password,
                    folder, processedFolder, pollSeconds, active);
        }
    }

    public record BlockedSenderBody(String entry) {
    }

    /** Left-out switches are false, as the settings' own record reads them. */
    public record MailChannelSettingsBody(boolean registerSenders, boolean confirmTickets,
                                          boolean quarantineUnverifiedReplies) {

        MailChannelSettings toSettings() {
            return new MailChannelSettings(registerSenders, confirmTickets, quarantineUnverifiedReplies);
        }
    }
}
