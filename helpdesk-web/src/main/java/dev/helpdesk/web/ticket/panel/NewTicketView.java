package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.customer.application.CustomerView;
import dev.helpdesk.customfield.application.CustomFieldService;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.notification.application.MailPolicyService;
import dev.helpdesk.notification.domain.CustomerMailPolicy;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.application.OpenTicket;
import dev.helpdesk.ticket.application.TicketRef;
import dev.helpdesk.ticket.application.TicketService;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.customfield.panel.CustomFieldInputs;
import dev.helpdesk.web.directory.panel.DepartmentCategoryChoice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The form to open a ticket: a customer's own in the customer panel, or an agent's internal ticket to a department
 * in the agent panel. The opening form's custom fields follow the department chosen.
 */
@Named
@ViewScoped
public class NewTicketView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "ticketForm";

    @EJB
    private DirectoryQuery directoryQuery;

    @EJB
    private TicketService ticketService;

    @EJB
    private CustomFieldService customFieldService;

    @EJB
    private MailPolicyService mailPolicy;

    @EJB
    private CustomerDirectoryService customerDirectory;

    private DepartmentCategoryChoice choice;
    private CustomFieldInputs fields = CustomFieldInputs.none();
    private boolean internal;
    private boolean forCustomer;
    private String customerEmail;
    private String newCustomerName;
    private TicketChannel channel = TicketChannel.PHONE;
    private boolean notifyByEmail = true;
    private boolean customerChoosesMail;
    private String subject;
    private String message;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        internal = !FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.CUSTOMER);
        choice = new DepartmentCategoryChoice(directoryQuery.activeDepartments(), null, null);
        customerChoosesMail = !internal && mailPolicy.customerMailPolicy() == CustomerMailPolicy.ALLOW_CHOICE;
    }

    /** The agent opens a ticket for a customer (who called, wrote or came by) instead of an internal one. */
    public void openForCustomer() {
        if (!internal || forCustomer) {
            return;
        }
        internal = false;
        forCustomer = true;
        departmentChanged();
    }

    /** Customers the agent may pick, by name or e-mail (as the customers page finds them). */
    public List<String> completeCustomer(String text) {
        try {
            return customerDirectory.customers(text, null, 10).stream().filter(c -> c.email() != null)
                    .map(CustomerView::email).toList();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    public TicketChannel[] getChannels() {
        return new TicketChannel[] {TicketChannel.PHONE, TicketChannel.EMAIL, TicketChannel.IN_PERSON};
    }

    /** Whether the form asks the customer if they want e-mails about the ticket (the account lets them choose). */
    public boolean isCustomerChoosesMail() {
        return customerChoosesMail;
    }

    public void departmentChanged() {
        choice.departmentChanged();
        fields = choice.getDepartmentId() == null ? CustomFieldInputs.none()
                : new CustomFieldInputs(customFieldService.formFor(internal ? CustomFieldPlace.TICKET_OPENING_INTERNAL
                        : CustomFieldPlace.TICKET_OPENING_EXTERNAL, choice.getDepartmentId()));
    }

    public String open() {
        TicketRef ref;
        try {
            OpenTicket request = new OpenTicket(choice.getDepartmentId(), choice.getCategoryId(), subject, message,
                    Uploads.of(file), fields.values(), notifyByEmail);
            ref = forCustomer ? ticketService.openForCustomer(customerEmail, newCustomerName, request, channel)
                    : internal ? ticketService.openInternal(request, TicketChannel.AGENT_PANEL)
                    : ticketService.openAsCustomer(request, TicketChannel.CUSTOMER_PANEL);
        } catch (InvalidInputException e) {
            if (!fields.showError(e)) {
                Messages.fieldError(FORM, e);
            }
            return null;
        }
        Messages.info("ticket.opened", ref.protocol());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return (internal || forCustomer ? "/agent/ticket.xhtml" : "/customer/ticket.xhtml")
                + "?faces-redirect=true&protocol=" + ref.protocol();
    }

    public boolean isForCustomer() {
        return forCustomer;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public void setCustomerEmail(String customerEmail) {
        this.customerEmail = customerEmail;
    }

    public String getNewCustomerName() {
        return newCustomerName;
    }

    public void setNewCustomerName(String newCustomerName) {
        this.newCustomerName = newCustomerName;
    }

    public TicketChannel getChannel() {
        return channel;
    }

    public void setChannel(TicketChannel channel) {
        this.channel = channel;
    }

    public CustomFieldInputs getFields() {
        return fields;
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

    public boolean isInternal() {
        return internal;
    }

    public boolean isNotifyByEmail() {
        return notifyByEmail;
    }

    public void setNotifyByEmail(boolean notifyByEmail) {
        this.notifyByEmail = notifyByEmail;
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
