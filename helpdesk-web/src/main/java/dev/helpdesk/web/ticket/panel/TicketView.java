package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.application.AgentAccess;
import dev.helpdesk.ticket.application.CannedResponseService;
import dev.helpdesk.ticket.application.RenderedResponse;
import dev.helpdesk.ticket.application.TicketService;
import dev.helpdesk.ticket.domain.FileUpload;
import dev.helpdesk.ticket.domain.MessageBody;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.ticket.TicketListParameters;
import dev.helpdesk.workspace.application.TicketDetail;
import dev.helpdesk.workspace.application.TicketFilter;
import dev.helpdesk.workspace.application.TicketNeighbours;
import dev.helpdesk.workspace.application.TicketQuery;
import dev.helpdesk.workspace.application.TicketSort;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A ticket's page in either panel: the conversation and the reply form. Agents answer, customers reply; the
 * service checks that the caller may do so on this ticket. The reply is the editor's HTML, sanitized by the service;
 * files dropped on the upload arrive one request each and wait here until the reply is sent.
 */
@Named
@ViewScoped
public class TicketView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "replyForm";

    @EJB
    private TicketQuery ticketQuery;

    @EJB
    private TicketService ticketService;

    @EJB
    private CannedResponseService cannedResponseService;

    private String protocolParam;
    private String listParam;
    private String listQuery;
    private Long protocol;
    private TicketDetail ticket;
    private TicketNeighbours neighbours = TicketNeighbours.NONE;
    private final List<PendingFile> pendingFiles = new ArrayList<>();
    private String body;
    private boolean internalNote;
    private List<RenderedResponse> cannedResponses;
    private AgentAccess access;
    private boolean customerMayFinish;
    private Long cannedResponseId;

    /** A file uploaded for the reply being written. */
    public record PendingFile(String fileName, String contentType, byte[] content) implements Serializable {

        FileUpload upload() {
            return new FileUpload(fileName, contentType, content);
        }
    }

    /**
     * View action: loads the ticket named in the URL, or answers 404 (the help desk's own page) when the protocol is
     * missing, not a number, unknown, or outside what the caller may see.
     */
    /**
     * Reads the ticket again after the live channel said some ticket changed; one that went out of the agent's
     * sight in the meantime stays as it was until the next action says so.
     */
    public void reread() {
        if (protocol == null) {
            return;
        }
        try {
            ticket = ticketQuery.detail(protocol);
        } catch (NotFoundException e) {
            // transferred out of the agent's scope or deleted: the page keeps what it showed
        }
    }

    public void load() throws IOException {
        protocol = parsedProtocol(protocolParam);
        if (protocol == null) {
            notFound();
            return;
        }
        try {
            ticket = ticketQuery.detail(protocol);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        boolean customer = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.CUSTOMER);
        access = customer ? AgentAccess.REQUESTER : ticketService.accessOf(protocol);
        customerMayFinish = customer && ticketService.mayFinishAsCustomer(protocol);
        cannedResponses = access.mayHandle() ? cannedResponseService.forTicket(protocol) : List.of();
        neighbours = customer ? TicketNeighbours.NONE : neighbours(protocol);
    }

    /**
     * Opened from a ticket list (its address in {@code list}), the neighbours in that list; otherwise, or when the
     * address cannot be read, the open tickets newest first.
     */
    private TicketNeighbours neighbours(long current) {
        if (listParam != null && !listParam.isBlank()) {
            try {
                Map<String, String> list = TicketListParameters.parse(listParam);
                TicketFilter filter = TicketListParameters.PANEL.filter(list::get);
                TicketSort sort = TicketListParameters.PANEL.sort(list::get);
                listQuery = TicketListParameters.PANEL.queryString(filter, sort);
                return ticketQuery.neighbours(current, filter, sort);
            } catch (InvalidInputException e) {
                listQuery = null;
            }
        }
        return ticketQuery.openNeighbours(current);
    }

    static Long parsedProtocol(String raw) {
        if (raw == null || !raw.strip().matches("#?\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(raw.strip().replace("#", ""));
    }

    /**
     * The list's address this ticket was opened from (its filter and order, as the list writes it), which the
     * steps to the neighbours and the way back to the list keep; null when it was opened from elsewhere.
     */
    public String getListQuery() {
        return listQuery;
    }

    public String getListParam() {
        return listParam;
    }

    public void setListParam(String listParam) {
        this.listParam = listParam;
    }

    /** The tickets before and after this one, in the list it was opened from, for stepping from the keyboard. */
    public TicketNeighbours getNeighbours() {
        return neighbours;
    }

    /** One file dropped or chosen on the upload; several may come, each in its own request. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (pendingFiles.size() >= Ticket.MAX_ATTACHMENTS) {
            Messages.errorAt(FORM + ":attachments", "validation.attachment.tooMany");
        } else if (file != null && file.getSize() > 0) {
            pendingFiles.add(new PendingFile(file.getFileName(), file.getContentType(), file.getContent()));
        }
    }

    public void removePendingFile(int index) {
        if (index >= 0 && index < pendingFiles.size()) {
            pendingFiles.remove(index);
        }
    }

    public List<PendingFile> getPendingFiles() {
        return pendingFiles;
    }

    /** For agents: whether they handle the ticket, write to it as its requester, or only follow it. */
    public AgentAccess getAccess() {
        return access;
    }

    /** The canned responses an agent may insert here, filled in for this ticket. */
    public List<RenderedResponse> getCannedResponses() {
        return cannedResponses;
    }

    /** Puts the chosen canned response into the reply, after what is already written; the agent may edit it. */
    public void insertCannedResponse() {
        cannedResponses.stream().filter(r -> r.id().equals(cannedResponseId)).findFirst().ifPresent(r ->
                body = (body == null || body.isBlank() ? "" : body) + ConversationHtml.paragraphs(r.text()));
        cannedResponseId = null;
    }

    public String reply() {
        MessageBody message;
        List<FileUpload> files = pendingFiles.stream().map(PendingFile::upload).toList();
        try {
            message = MessageBody.rich(body);
            if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.CUSTOMER)) {
                ticketService.replyAsCustomer(protocol, message, files);
            } else if (internalNote && access.mayHandle()) {
                ticketService.addInternalNote(protocol, message, files);
            } else {
                ticketService.answer(protocol, message, files);
            }
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return null;
        } catch (AccessDeniedException | NotFoundException e) {
            Messages.error("ticket.notHandled");
            return null;
        }
        pendingFiles.clear();
        Messages.info(internalNote ? "ticket.noteAdded" : "ticket.replySent");
        var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.setKeepMessages(true);
        // the page after the redirect tells the browser to forget the draft it kept of this reply
        flash.put("draftSent", Boolean.TRUE);
        return currentPage() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The customer finishes their own ticket, where the status applied to it lets them. */
    public String finishAsCustomer() {
        try {
            ticketService.finishAsCustomer(protocol);
        } catch (InvalidInputException e) {
            Messages.error(e.messageKey());
            return null;
        } catch (AccessDeniedException | NotFoundException e) {
            Messages.error("ticket.notHandled");
            return null;
        }
        Messages.info("ticket.finishedByCustomer");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return currentPage() + "?faces-redirect=true&includeViewParams=true";
    }

    /** Whether the customer may finish this ticket now. */
    public boolean isCustomerMayFinish() {
        return customerMayFinish;
    }

    private static String currentPage() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId();
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Ticket not found");
        faces.responseComplete();
    }

    public Long getProtocol() {
        return protocol;
    }

    /** The protocol as the URL gives it, checked by {@link #load()}: anything but a number is a page not found. */
    public String getProtocolParam() {
        return protocolParam;
    }

    public void setProtocolParam(String protocolParam) {
        this.protocolParam = protocolParam;
    }

    public TicketDetail getTicket() {
        return ticket;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isInternalNote() {
        return internalNote;
    }

    public void setInternalNote(boolean internalNote) {
        this.internalNote = internalNote;
    }

    public Long getCannedResponseId() {
        return cannedResponseId;
    }

    public void setCannedResponseId(Long cannedResponseId) {
        this.cannedResponseId = cannedResponseId;
    }
}
