package dev.helpdesk.web.panel;

import dev.helpdesk.directory.application.CategoryView;
import dev.helpdesk.directory.application.DepartmentView;
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
import java.util.List;
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

    private List<DepartmentView> departments;
    private Long departmentId;
    private Long categoryId;
    private String subject;
    private String message;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        departments = directoryQuery.activeDepartments();
    }

    /** The categories of the chosen department. */
    public List<CategoryView> getCategories() {
        return departments.stream().filter(d -> d.id().equals(departmentId)).findFirst()
                .map(DepartmentView::categories).orElse(List.of());
    }

    public void departmentChanged() {
        categoryId = null;
    }

    public String open() {
        TicketRef ref;
        try {
            ref = ticketService.openAsCustomer(new OpenTicket(departmentId, categoryId, subject, message,
                    Uploads.of(file)), TicketChannel.CUSTOMER_PANEL);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return null;
        }
        Messages.info("ticket.opened", ref.protocol());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/customer/ticket.xhtml?faces-redirect=true&protocol=" + ref.protocol();
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
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
