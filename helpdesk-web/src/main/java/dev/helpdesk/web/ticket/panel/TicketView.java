package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.application.AgentAccess;
import dev.helpdesk.ticket.application.CannedResponseService;
import dev.helpdesk.ticket.application.RenderedResponse;
import dev.helpdesk.ticket.application.TicketService;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.workspace.application.TicketDetail;
import dev.helpdesk.workspace.application.TicketQuery;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * A ticket's page in either panel: the conversation and the reply form. Agents answer, customers reply; the
 * service checks that the caller may do so on this ticket.
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

    private Long protocol;
    private TicketDetail ticket;
    private String body;
    private boolean internalNote;
    private List<RenderedResponse> cannedResponses;
    private AgentAccess access;
    private boolean customerMayFinish;
    private Long cannedResponseId;
    private transient UploadedFile file;

    /** View action: loads the ticket named in the URL, or answers 404 when the caller may not see it. */
    public void load() throws IOException {
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
                body = body == null || body.isBlank() ? r.text() : body.stripTrailing() + "\n\n" + r.text());
        cannedResponseId = null;
    }

    public String reply() {
        try {
            if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.CUSTOMER)) {
                ticketService.replyAsCustomer(protocol, body, Uploads.of(file));
            } else if (internalNote && access.mayHandle()) {
                ticketService.addInternalNote(protocol, body, Uploads.of(file));
            } else {
                ticketService.answer(protocol, body, Uploads.of(file));
            }
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return null;
        } catch (AccessDeniedException | NotFoundException e) {
            Messages.error("ticket.notHandled");
            return null;
        }
        Messages.info(internalNote ? "ticket.noteAdded" : "ticket.replySent");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
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

    public void setProtocol(Long protocol) {
        this.protocol = protocol;
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

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
