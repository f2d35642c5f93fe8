package dev.helpdesk.web.ticket.api;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.sla.application.WorkedTimeService;
import dev.helpdesk.ticket.application.BulkAction;
import dev.helpdesk.ticket.application.BulkTicketActions;
import dev.helpdesk.ticket.application.CannedResponseService;
import dev.helpdesk.ticket.application.OpenTicket;
import dev.helpdesk.ticket.application.TicketRef;
import dev.helpdesk.ticket.application.TicketService;
import dev.helpdesk.ticket.domain.AttachmentType;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.ticket.domain.TicketType;
import dev.helpdesk.web.common.ContentDisposition;
import dev.helpdesk.web.common.api.ApiRequests.AssigneeBody;
import dev.helpdesk.web.common.api.ApiRequests.FinishBody;
import dev.helpdesk.web.common.api.ApiRequests.NewTicketBody;
import dev.helpdesk.web.common.api.ApiRequests.PriorityBody;
import dev.helpdesk.web.common.api.ApiRequests.ReplyBody;
import dev.helpdesk.web.common.api.ApiRequests.ScheduleBody;
import dev.helpdesk.web.common.api.ApiRequests.StatusBody;
import dev.helpdesk.web.common.api.ApiRequests.TimeEntryBody;
import dev.helpdesk.web.common.api.ApiRequests.TransferBody;
import dev.helpdesk.web.common.api.ApiRequests;
import dev.helpdesk.web.common.api.ErrorMessages;
import dev.helpdesk.workspace.application.AttachmentContent;
import dev.helpdesk.workspace.application.TicketFilter;
import dev.helpdesk.workspace.application.TicketQuery;
import dev.helpdesk.workspace.application.TicketSort;
import dev.helpdesk.web.ticket.TicketListParameters;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * Tickets: open, list (keyset pages, newest first), read with the conversation and history, reply, internal
 * notes, assignment, transfer, priority, finish and reopen, attachments.
 */
@Path("/v1/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    @EJB
    private TicketService tickets;

    @EJB
    private TicketQuery ticketQuery;

    @EJB
    private CannedResponseService cannedResponses;

    @EJB
    private WorkedTimeService workedTime;

    @EJB
    private BulkTicketActions bulkActions;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    @POST
    public Response open(NewTicketBody body) {
        NewTicketBody request = ApiRequests.require(body);
        OpenTicket command = new OpenTicket(request.departmentId(), request.categoryId(), request.subject(),
                request.message(), ApiRequests.uploads(request.attachments()),
                ApiRequests.fieldValues(request.customFields()), !Boolean.FALSE.equals(request.notifyByEmail()));
        TicketType type = ApiRequests.option(TicketType.class, "type", request.type());
        TicketRef ref;
        if (security.isUserInRole(Roles.CUSTOMER)) {
            if (type == TicketType.I) {
                throw new InvalidInputException("type", "validation.ticket.internalByAgents");
            }
            ref = tickets.openAsCustomer(command, TicketChannel.API);
        } else if (type == TicketType.I) {
            ref = tickets.openInternal(command, TicketChannel.API);
        } else {
            ref = tickets.openForCustomer(request.customerEmail(), command, TicketChannel.API);
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(ref.protocol())).build())
                .entity(TicketRefJson.of(ref)).build();
    }

    /**
     * Filters, all combinable: {@code view} (MINE, QUEUE, DEPARTMENTS, ALL), {@code state} (OPEN, CLOSED),
     * {@code situation} (situation codes, comma-separated), {@code departmentId}, {@code categoryId},
     * {@code statusId}, {@code agentId}, {@code organizationId}, {@code priority}, {@code createdFrom} and
     * {@code createdTo} (days, yyyy-MM-dd, inclusive), {@code sla} (AT_RISK, BREACHED), {@code scheduled} (TODAY),
     * {@code q} (a protocol number or words of the subject, customer name or e-mail, or organization name). Order:
     * {@code sort} (protocol, created, updated, priority, deadline) and {@code order} (asc, desc). Pages: the
     * answer's {@code next} as {@code cursor}; in the default order {@code before} with {@code nextCursor} too.
     */
    @GET
    public TicketPageJson list(@QueryParam("before") Long before, @QueryParam("cursor") String cursor,
                               @QueryParam("limit") @DefaultValue("50") int limit) {
        TicketFilter filter = TicketListParameters.API.filter(uriInfo.getQueryParameters()::getFirst);
        TicketSort sort = TicketListParameters.API.sort(uriInfo.getQueryParameters()::getFirst);
        TicketSort.Position after = cursor != null && !cursor.isBlank() ? sort.after(cursor.strip())
                : before == null ? null : new TicketSort.Position(null, before);
        if (before != null && !sort.equals(TicketSort.NEWEST_FIRST)) {
            throw new InvalidInputException("before", "validation.ticketList.beforeOnlyNewestFirst");
        }
        return TicketPageJson.of(ticketQuery.list(filter, sort, after, limit), sort);
    }

    /** How many tickets the same filters as the list match. */
    @GET
    @Path("/count")
    public TicketCountJson count() {
        return new TicketCountJson(ticketQuery.count(
                TicketListParameters.API.filter(uriInfo.getQueryParameters()::getFirst)));
    }

    /**
     * One change for several tickets, each changed as if alone (its own checks, notices and history line):
     * {@code protocols}, {@code action} (ASSIGN, STATUS, PRIORITY, TRANSFER, FINISH) and what the action needs
     * ({@code agentId}, {@code statusId}, {@code priority}, {@code departmentId} and {@code categoryId}). The answer
     * says for each ticket whether it was changed or why not.
     */
    @POST
    @Path("/bulk")
    public List<BulkResultJson> bulk(BulkBody body) {
        BulkBody request = ApiRequests.require(body);
        BulkAction action = new BulkAction(ApiRequests.option(BulkAction.Kind.class, "action", request.action()),
                request.agentId(), request.statusId(), ApiRequests.option(Priority.class, "priority",
                request.priority()), request.departmentId(), request.categoryId());
        Locale language = ErrorMessages.languageFor(security.getUserPrincipal().getName(),
                headers.getAcceptableLanguages());
        return bulkActions.apply(request.protocols(), action).stream()
                .map(result -> BulkResultJson.of(result, language)).toList();
    }

    public record BulkBody(List<Long> protocols, String action, Long agentId, Long statusId, String priority,
                           Long departmentId, Long categoryId) {
    }

    @GET
    @Path("/{protocol}")
    public TicketDetailJson read(@PathParam("protocol") long protocol) {
        return detail(protocol);
    }

    /**
     * The ticket by the id webhook events carry (its {@code publicId}, 32 hexadecimal digits, which no protocol
     * number has), with the same scope as by protocol.
     */
    @GET
    @Path("/{publicId: [0-9a-fA-F]{32}}")
    public TicketDetailJson readByPublicId(@PathParam("publicId") String publicId) {
        return TicketDetailJson.of(ticketQuery.detailByPublicId(publicId.toLowerCase(Locale.ROOT)));
    }

    /** Deletes the ticket and everything on it; administrators only. */
    @DELETE
    @Path("/{protocol}")
    public Response delete(@PathParam("protocol") long protocol) {
        tickets.delete(protocol);
        return Response.noContent().build();
    }

    @POST
    @Path("/{protocol}/replies")
    public Response reply(@PathParam("protocol") long protocol, ReplyBody body) {
        ReplyBody request = ApiRequests.require(body);
        if (security.isUserInRole(Roles.CUSTOMER)) {
            tickets.replyAsCustomer(protocol, request.message(), ApiRequests.uploads(request.attachments()));
        } else {
            tickets.answer(protocol, request.message(), ApiRequests.uploads(request.attachments()));
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/tickets").path(String.valueOf(protocol))
                .build()).entity(detail(protocol)).build();
    }

    /** An internal note: agents of the department see it, the customer never does. */
    @POST
    @Path("/{protocol}/notes")
    public Response addNote(@PathParam("protocol") long protocol, ReplyBody body) {
        ReplyBody request = ApiRequests.require(body);
        tickets.addInternalNote(protocol, request.message(), ApiRequests.uploads(request.attachments()));
        return Response.status(Response.Status.CREATED).entity(detail(protocol)).build();
    }

    @PUT
    @Path("/{protocol}/assignee")
    public TicketDetailJson assign(@PathParam("protocol") long protocol, AssigneeBody body) {
        tickets.assign(protocol, ApiRequests.require(body).agentId());
        return detail(protocol);
    }

    /** Schedules the work start ({@code start}: ISO-8601 instant, null to clear) for an agent (default: caller). */
    @PUT
    @Path("/{protocol}/schedule")
    public TicketDetailJson schedule(@PathParam("protocol") long protocol, ScheduleBody body) {
        ScheduleBody request = ApiRequests.require(body);
        tickets.schedule(protocol, ApiRequests.instant("start", request.start()), request.agentId());
        return detail(protocol);
    }

    /** Answers with where the ticket went: the caller may no longer see it once it is in another department. */
    @POST
    @Path("/{protocol}/transfer")
    public TransferBody transfer(@PathParam("protocol") long protocol, TransferBody body) {
        TransferBody request = ApiRequests.require(body);
        tickets.transfer(protocol, request.departmentId(), request.categoryId());
        return request;
    }

    /** One of the department's statuses ({@code statusId}), or none with null. */
    @PUT
    @Path("/{protocol}/status")
    public TicketDetailJson changeStatus(@PathParam("protocol") long protocol, StatusBody body) {
        tickets.changeStatus(protocol, ApiRequests.require(body).statusId());
        return detail(protocol);
    }

    @PUT
    @Path("/{protocol}/priority")
    public TicketDetailJson changePriority(@PathParam("protocol") long protocol, PriorityBody body) {
        tickets.changePriority(protocol, ApiRequests.require(body).priority());
        return detail(protocol);
    }

    /**
     * Closes the ticket; the body carries the closing form's custom fields, if it has any. A customer finishes their
     * own ticket, while the status applied to it lets them (no closing form).
     */
    @POST
    @Path("/{protocol}/finish")
    public TicketDetailJson finish(@PathParam("protocol") long protocol, FinishBody body) {
        if (security.isUserInRole(Roles.CUSTOMER)) {
            tickets.finishAsCustomer(protocol);
        } else {
            tickets.finish(protocol, ApiRequests.fieldValues(body == null ? null : body.customFields()));
        }
        return detail(protocol);
    }

    /** Cancels the ticket (situation 4) for {@code {reason}}, kept as an internal note. */
    @POST
    @Path("/{protocol}/cancel")
    public TicketDetailJson cancel(@PathParam("protocol") long protocol, CancelBody body) {
        tickets.cancel(protocol, ApiRequests.require(body).reason());
        return detail(protocol);
    }

    public record CancelBody(String reason) {
    }

    @POST
    @Path("/{protocol}/reopen")
    public TicketDetailJson reopen(@PathParam("protocol") long protocol) {
        tickets.reopen(protocol);
        return detail(protocol);
    }

    /** Time worked on the ticket: {@code {minutes, startedAt (optional, ISO instant), note}}. */
    @POST
    @Path("/{protocol}/time-entries")
    public Response logTime(@PathParam("protocol") long protocol, TimeEntryBody body) {
        TimeEntryBody r = ApiRequests.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(TimeEntryJson.of(workedTime.log(protocol, r.minutes() == null ? 0 : r.minutes(), r.startedAt(),
                        r.note())))
                .build();
    }

    @GET
    @Path("/{protocol}/time-entries")
    public List<TimeEntryJson> timeEntries(@PathParam("protocol") long protocol) {
        return workedTime.ofTicket(protocol).stream().map(TimeEntryJson::of).toList();
    }

    /** The canned responses that serve the ticket's department, filled in for it and the calling agent. */
    @GET
    @Path("/{protocol}/canned-responses")
    public List<RenderedResponseJson> cannedResponses(@PathParam("protocol") long protocol) {
        return cannedResponses.forTicket(protocol).stream().map(RenderedResponseJson::of).toList();
    }

    /** The file: shown in the page when its type is one a browser shows safely, else to be saved. */
    @GET
    @Path("/{protocol}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("protocol") long protocol, @PathParam("id") long id) {
        AttachmentContent content = ticketQuery.attachment(id);
        if (content.ticketProtocol() != protocol) {
            throw new NotFoundException("attachment", id);
        }
        AttachmentType.Served served = AttachmentType.served(content.contentType());
        return Response.ok(content.content(), served.contentType())
                .header("Content-Disposition", ContentDisposition.of(served.inline(), content.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private TicketDetailJson detail(long protocol) {
        return TicketDetailJson.of(ticketQuery.detail(protocol));
    }
}
