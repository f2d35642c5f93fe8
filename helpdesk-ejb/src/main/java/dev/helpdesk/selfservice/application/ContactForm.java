package dev.helpdesk.selfservice.application;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.event.CustomerRegistered;
import dev.helpdesk.notification.application.Notifications;
import dev.helpdesk.selfservice.domain.ContactMessage;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.ThrottledException;
import dev.helpdesk.shared.infrastructure.Settings;
import dev.helpdesk.ticket.application.TicketService;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The public contact form (the page, maybe framed in the company's site, or the API): a message to a department
 * opens a ticket in its sender's name. The sender is the customer of that address, registered now (without a
 * password, as the mail intake registers an unknown sender) when nobody uses it; an inactive customer's address
 * opens nothing. The customer is mailed the confirmation with the protocol. Open to everyone when the account turns
 * the form on: the switch, the limits of {@link ContactMessage} and {@link #MAX_PER_ADDRESS} tickets an hour from one
 * client address are the guards. The ticket, the customer, the mail and the audit entry commit together or not at
 * all.
 */
@Stateless
@PermitAll
public class ContactForm {

    /** The public page (also the one to put in a frame of the company's site). */
    public static final String PAGE = "/contact.xhtml";
    /** Tickets from one client address within an hour before more are refused. */
    static final int MAX_PER_ADDRESS = Integer.parseInt(Settings.get("contact.form.per.address", "10"));
    private static final Duration THROTTLE_WINDOW = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PublicUseCounter uses;

    @EJB
    private AccountSettingsService accountSettings;

    @EJB
    private CustomerDirectoryService customers;

    @EJB
    private TicketService tickets;

    @EJB
    private Notifications notifications;

    @EJB
    private AuditLog audit;

    public boolean isOpen() {
        return accountSettings.current().contactFormEnabled();
    }

    /** The departments one may write to: the active ones that have an active category, by name. */
    public List<ContactDepartment> departments() {
        return em.createQuery("SELECT DISTINCT d FROM Department d JOIN d.categories c WHERE d.active = TRUE "
                        + "AND c.active = TRUE ORDER BY d.name", Department.class).getResultList().stream()
                .map(d -> new ContactDepartment(d.id(), d.name())).toList();
    }

    /** Opens the ticket of a message; bad input names its field, and nothing is written then. */
    public ContactReceipt send(ContactMessage message) {
        if (!isOpen()) {
            throw new AccessDeniedException("The contact form is off");
        }
        if (message == null) {
            throw new InvalidInputException("body", "validation.required");
        }
        ContactMessage clean = message.cleaned();
        Department department = em.find(Department.class, clean.departmentId());
        if (department == null || departments().stream().noneMatch(d -> d.id() == department.id())) {
            throw new InvalidInputException("departmentId", "validation.department.unknown");
        }
        Instant now = clock.instant();
        if (uses.clientAddress().map(address -> uses.fromAddress(AuditAction.CONTACT_FORM_TICKET, address,
                now.minus(THROTTLE_WINDOW), now) >= MAX_PER_ADDRESS).orElse(false)) {
            throw new ThrottledException("contact.throttled");
        }
        Customer customer = sender(clean);
        Ticket ticket = tickets.openFromContactForm(customer, department, clean.subject(), clean.message());
        notifications.receivedByContactForm(ticket);
        audit.changed(AuditAction.CONTACT_FORM_TICKET, "ticket", ticket.protocol(), null,
                "customer=" + customer.email() + ", department=" + department.id());
        return new ContactReceipt(ticket.protocol(), customer.email());
    }

    private Customer sender(ContactMessage message) {
        Customer customer = em.createQuery("SELECT c FROM Customer c WHERE c.email = :email", Customer.class)
                .setParameter("email", message.email()).getResultStream().findFirst().orElse(null);
        if (customer == null) {
            return customers.registerWithoutPassword(message.email(), message.name(),
                    CustomerRegistered.Channel.CONTACT_FORM);
        }
        if (!customer.isActive()) {
            throw new InvalidInputException("email", "validation.contact.inactiveSender");
        }
        return customer;
    }
}
