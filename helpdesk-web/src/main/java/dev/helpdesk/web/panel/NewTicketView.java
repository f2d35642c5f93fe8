package dev.helpdesk.web.panel;

import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.application.OpenTicket;
import dev.helpdesk.ticket.application.TicketRef;
import dev.helpdesk.ticket.application.TicketService;
import dev.helpdesk.ticket.domain.TicketChannel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/** The customer panel's form to open a ticket. */
@Named
@ViewScoped
public class NewTicketView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "ticketForm";

    @EJB
    private DirectoryQuery directoryQuery;

    @EJB
    private TicketService ticketService;

    private DepartmentCategoryChoice choice;
    private String subject;
    private String message;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        choice = new DepartmentCategoryChoice(directoryQuery.activeDepartments(), null, null);
    }

    public String open() {
        TicketRef ref;
        try {
            ref = ticketService.openAsCustomer(new OpenTicket(choice.getDepartmentId(), choice.getCategoryId(), subject,
                    message,
                    Uploads.of(file)), TicketChannel.CUSTOMER_PANEL);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return null;
        }
        Messages.info("ticket.opened", ref.protocol());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/customer/ticket.xhtml?faces-redirect=true&protocol=" + ref.protocol();
    }

    public DepartmentCategoryChoice getChoice() {
        return choice;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
