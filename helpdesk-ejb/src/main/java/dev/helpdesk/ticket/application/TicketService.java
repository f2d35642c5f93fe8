package dev.helpdesk.ticket.application;

import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.customfield.application.CustomFieldValues;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.directory.application.Classifications;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.domain.Author;
import dev.helpdesk.ticket.domain.FileUpload;
import dev.helpdesk.ticket.domain.MessageBody;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.ticket.domain.TicketStatus;
import dev.helpdesk.ticket.domain.TicketType;
import dev.helpdesk.ticket.domain.event.InternalNoteAdded;
import dev.helpdesk.ticket.domain.event.RequesterReplied;
import dev.helpdesk.ticket.domain.event.TicketAnswered;
import dev.helpdesk.ticket.domain.event.TicketAssigned;
import dev.helpdesk.ticket.domain.event.TicketCancelled;
import dev.helpdesk.ticket.domain.event.TicketChanged;
import dev.helpdesk.ticket.domain.event.TicketDeleted;
import dev.helpdesk.ticket.domain.event.TicketFinished;
import dev.helpdesk.ticket.domain.event.TicketFinishedByCustomer;
import dev.helpdesk.ticket.domain.event.TicketOpened;
import dev.helpdesk.ticket.domain.event.TicketPriorityChanged;
import dev.helpdesk.ticket.domain.event.TicketReopened;
import dev.helpdesk.ticket.domain.event.TicketScheduled;
import dev.helpdesk.ticket.domain.event.TicketStatusChanged;
import dev.helpdesk.ticket.domain.event.TicketTransferred;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opening and handling tickets. Each method checks who calls and what they may touch, changes the ticket and fires
 * what happened ({@link TicketChanged}); the other areas' side effects observe those events.
 */
@Stateless
public class TicketService {

    /** The ticket's own tables, children first; other areas remove their rows when they observe the deletion. */
    private static final List<String> TICKET_PARTS = List.of("attachment", "reply", "ticket_event");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CustomerDirectoryService customers;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private CustomFieldValues customFields;

    @Inject
    private NewTicketPriority newTicketPriority;

    @Inject
    private Clock clock;

    @Inject
    private Event<TicketChanged> changes;

    @Inject
    private Event<TicketDeleted> deletions;

    /** A customer opens a ticket for themself. */
    @RolesAllowed(Roles.CUSTOMER)
    public TicketRef openAsCustomer(OpenTicket request, TicketChannel channel) {
        Customer customer = currentUser.customer();
        return open(customer, request, channel, Author.of(customer));
    }

    /** An agent asks a department (any active one) for something: an internal ticket with the agent as requester. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public TicketRef openInternal(OpenTicket request, TicketChannel channel) {
        Agent agent = currentUser.agent();
        Ticket ticket = Ticket.openInternal(agent, department(request.departmentId()),
                category(request.categoryId()), request.subject(), request.message(), channel,
                request.attachments(), clock.instant());
        return persist(ticket, CustomFieldPlace.TICKET_OPENING_INTERNAL, request.customFields(), agent);
    }

    /** An agent opens a ticket on behalf of a registered customer, in a department the agent works in. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public TicketRef openForCustomer(String customerEmail, OpenTicket request, TicketChannel channel) {
        return openForCustomer(customerEmail, null, request, channel);
    }

    /**
     * As {@link #openForCustomer(String, OpenTicket, TicketChannel)}; an address nobody uses is registered as a new
     * customer named {@code newCustomerName} (when given, and the agent's group registers customers), in the same
     * transaction: a refused ticket registers no one.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public TicketRef openForCustomer(String customerEmail, String newCustomerName, OpenTicket request,
                                     TicketChannel channel) {
        Agent agent = currentUser.agent();
        String email = Inputs.email("customerEmail", customerEmail);
        Optional<Customer> known = em.createQuery(
                        "SELECT c FROM Customer c WHERE c.email = :email AND c.active = TRUE", Customer.class)
                .setParameter("email", email).getResultList().stream().findFirst();
        if (known.isEmpty() && (newCustomerName == null || newCustomerName.isBlank())) {
            throw new InvalidInputException("customerEmail", "validation.customer.unknown");
        }
        Department department = department(request.departmentId());
        if (!agent.worksIn(department)) {
            throw new InvalidInputException("departmentId", "validation.department.unknown");
        }
        Customer customer = known.isPresent() ? known.get() : customers.registerForTicket(email, newCustomerName);
        return open(customer, request, channel, Author.of(agent));
    }

    /**
     * An agent who handles the ticket answers its requester; the agent who opened an internal ticket writes to the
     * department handling it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void answer(long protocol, String body, List<FileUpload> attachments) {
        answer(protocol, MessageBody.plain(body), attachments);
    }

    /** As {@link #answer(long, String, List)}, with a body that may be the editor's rich text. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void answer(long protocol, MessageBody body, List<FileUpload> attachments) {
        Agent agent = currentUser.agent();
        Ticket ticket = find(protocol);
        Instant now = clock.instant();
        if (!ticket.isHandledBy(agent) && ticket.isRequestedBy(agent) && agent.isActive()) {
            ticket.replyAsRequester(agent, body, attachments, now);
            changes.fire(new RequesterReplied(ticket, agent, body.text(), now));
            return;
        }
        handledTicket(ticket, agent).answer(agent, body, attachments, now);
        changes.fire(new TicketAnswered(ticket, agent, body.text(), body.html(), now));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void addInternalNote(long protocol, String body, List<FileUpload> attachments) {
        addInternalNote(protocol, MessageBody.plain(body), attachments);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void addInternalNote(long protocol, MessageBody body, List<FileUpload> attachments) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.addInternalNote(agent, body, attachments, now);
        changes.fire(new InternalNoteAdded(ticket, agent, now));
    }

    /** Assigns the ticket to an agent of its department, or releases it when {@code agentId} is null. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void assign(long protocol, Long agentId) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Agent assignee = null;
        if (agentId != null) {
            assignee = em.find(Agent.class, agentId);
            if (assignee == null) {
                throw new InvalidInputException("agentId", "validation.agent.notInDepartment");
            }
        }
        Instant now = clock.instant();
        ticket.assignTo(agent, assignee, now);
        changes.fire(new TicketAssigned(ticket, agent, now));
    }

    /**
     * Schedules the start of work on the ticket for an agent who handles it (the caller when {@code agentId} is
     * null), or clears the schedule when {@code start} is null. The agent is notified before it starts.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void schedule(long protocol, Instant start, Long agentId) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Agent worker = null;
        if (agentId != null) {
            worker = em.find(Agent.class, agentId);
            if (worker == null) {
                throw new InvalidInputException("agentId", "validation.agent.notInDepartment");
            }
        }
        Instant now = clock.instant();
        ticket.schedule(agent, start, worker, now);
        changes.fire(new TicketScheduled(ticket, agent, now));
    }

    /** Transfers the ticket; an assignee who works in the target department keeps it. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void transfer(long protocol, Long departmentId, Long categoryId) {
        transfer(protocol, departmentId, categoryId, true);
    }

    /**
     * Transfers the ticket to a department and one of its categories. With {@code keepAssignee} the assignee keeps it
     * when they work in the target department; otherwise, or when they do not, it is released. The status is
     * cleared; the history says so for each.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void transfer(long protocol, Long departmentId, Long categoryId, boolean keepAssignee) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.transferTo(agent, department(departmentId), category(categoryId), keepAssignee, now);
        changes.fire(new TicketTransferred(ticket, agent, now));
    }

    /** Sets one of the department's statuses, or clears it when {@code statusId} is null. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void changeStatus(long protocol, Long statusId) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        TicketStatus status = null;
        if (statusId != null) {
            status = em.find(TicketStatus.class, statusId);
            if (status == null) {
                throw new InvalidInputException("statusId", "validation.status.notInDepartment");
            }
        }
        Instant now = clock.instant();
        ticket.changeStatus(agent, status, now);
        changes.fire(new TicketStatusChanged(ticket, agent, now));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void changePriority(long protocol, Priority priority) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.changePriority(agent, priority, now);
        changes.fire(new TicketPriorityChanged(ticket, agent, now));
    }

    /** Closes the ticket, with the values of the closing form's custom fields by id. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void finish(long protocol, Map<Long, String> closingFields) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.finish(agent, now);
        changes.fire(new TicketFinished(ticket, agent, now));
        // checked after the event on purpose: a refused closing form rolls back the finish with all it caused
        customFields.keepForTicket(protocol, ticket.type() == TicketType.I
                ? CustomFieldPlace.TICKET_CLOSING_INTERNAL : CustomFieldPlace.TICKET_CLOSING_EXTERNAL,
                ticket.department().id(), closingFields);
    }

    /** Cancels a ticket the agent handles, for a reason kept as an internal note (situation 4). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void cancel(long protocol, String reason) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.cancel(agent, reason, now);
        changes.fire(new TicketCancelled(ticket, agent, reason, now));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void reopen(long protocol) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.reopen(agent, now);
        changes.fire(new TicketReopened(ticket, agent, now));
    }

    /**
     * Deletes the ticket with everything that hangs on it: conversation, files, history, custom-field values, and
     * what the other areas keep of it (SLA clocks and alerts, time entries, notices, unsent mails), which they remove
     * when they observe {@link TicketDeleted}. Mails already sent and messages taken from mailboxes stay on record
     * without it. Administrators only; it cannot be undone.
     */
    @RolesAllowed(Roles.ADMIN)
    public void delete(long protocol) {
        Ticket ticket = find(protocol);
        String publicId = ticket.publicId();
        String summary = "subject=" + ticket.subject() + ", department=" + ticket.department().id() + ", customer="
                + (ticket.customer() == null ? null : ticket.customer().email()) + ", publicId=" + publicId;
        em.flush();
        em.detach(ticket);
        deletions.fire(new TicketDeleted(protocol, publicId, summary, clock.instant()));
        customFields.forgetTicket(protocol);
        for (String table : TICKET_PARTS) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE ticket_protocol = ?1")
                    .setParameter(1, protocol).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM ticket WHERE protocol = ?1").setParameter(1, protocol).executeUpdate();
    }

    /** What the calling agent may do on a ticket they can see; one they cannot see does not exist for them. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public AgentAccess accessOf(long protocol) {
        Agent agent = currentUser.agent();
        Ticket ticket = find(protocol);
        if (ticket.isHandledBy(agent)) {
            return AgentAccess.HANDLE;
        }
        if (ticket.isRequestedBy(agent)) {
            return AgentAccess.REQUESTER;
        }
        if (ticket.isVisibleTo(agent)) {
            return AgentAccess.READ_ONLY;
        }
        throw new NotFoundException("ticket", protocol);
    }

    /** The customer, or a manager of their organization, replies in the customer panel or the API. */
    @RolesAllowed(Roles.CUSTOMER)
    public void replyAsCustomer(long protocol, String body, List<FileUpload> attachments) {
        replyAsCustomer(protocol, MessageBody.plain(body), attachments);
    }

    /** As {@link #replyAsCustomer(long, String, List)}, with a body that may be the editor's rich text. */
    @RolesAllowed(Roles.CUSTOMER)
    public void replyAsCustomer(long protocol, MessageBody body, List<FileUpload> attachments) {
        Customer customer = currentUser.customer();
        customerReplied(followedTicket(protocol, customer), customer, body, attachments);
    }

    /** The customer finishes their own ticket, while the status applied to it lets them. */
    @RolesAllowed(Roles.CUSTOMER)
    public void finishAsCustomer(long protocol) {
        Customer customer = currentUser.customer();
        Ticket ticket = followedTicket(protocol, customer);
        Instant now = clock.instant();
        ticket.finishAsCustomer(customer, now);
        changes.fire(new TicketFinishedByCustomer(ticket, customer, now));
    }

    /** Whether the calling customer may finish the ticket now (their own, with a status that lets them). */
    @RolesAllowed(Roles.CUSTOMER)
    public boolean mayFinishAsCustomer(long protocol) {
        Customer customer = currentUser.customer();
        Ticket ticket = followedTicket(protocol, customer);
        return ticket.isOwnedBy(customer) && ticket.mayBeFinishedByCustomer();
    }

    private Ticket followedTicket(long protocol, Customer customer) {
        Ticket ticket = find(protocol);
        if (!ticket.isFollowedBy(customer)) {
            throw new NotFoundException("ticket", protocol);
        }
        return ticket;
    }

    /**
     * A ticket from a mail to a department's mailbox, for its sender. No one is logged in: the mail intake, the only
     * caller, has matched the sender to the customer.
     */
    @PermitAll
    public Ticket openFromMail(Customer customer, Department department, Category category, String subject,
                               String message, List<FileUpload> attachments) {
        Ticket ticket = Ticket.open(customer, department, category, subject, message, TicketChannel.EMAIL,
                attachments, Author.of(customer), clock.instant());
        persist(ticket, null, Map.of(), customer);
        return ticket;
    }

    /**
     * A ticket from the public contact form, for its sender, in the department they chose (its first category). No
     * one is logged in: the contact form, the only caller, has matched the sender to the customer.
     */
    @PermitAll
    public Ticket openFromContactForm(Customer customer, Department department, String subject, String message) {
        Category category = department.categories().stream().filter(Category::isActive).findFirst()
                .orElseThrow(() -> new InvalidInputException("departmentId", "validation.department.unknown"));
        Ticket ticket = Ticket.open(customer, department, category, subject, message, TicketChannel.CONTACT_FORM,
                List.of(), Author.of(customer), clock.instant());
        persist(ticket, null, Map.of(), customer);
        return ticket;
    }

    /** The customer's reply by mail to their ticket; called by the mail intake only, as {@link #openFromMail}. */
    @PermitAll
    public void replyFromMail(Ticket ticket, Customer customer, String body, List<FileUpload> attachments) {
        customerReplied(ticket, customer, MessageBody.plain(body), attachments);
    }

    private void customerReplied(Ticket ticket, Customer customer, MessageBody body, List<FileUpload> attachments) {
        Instant now = clock.instant();
        ticket.replyAsCustomer(customer, body, attachments, now);
        changes.fire(new RequesterReplied(ticket, customer, body.text(), now));
    }

    private TicketRef open(Customer customer, OpenTicket request, TicketChannel channel, Author openedBy) {
        Department department = department(request.departmentId());
        Category category = category(request.categoryId());
        Ticket ticket = Ticket.open(customer, department, category, request.subject(), request.message(), channel,
                request.attachments(), openedBy, clock.instant());
        ticket.notifyCustomerByEmail(request.notifyByEmail());
        return persist(ticket, CustomFieldPlace.TICKET_OPENING_EXTERNAL, request.customFields(),
                openedBy.isAgent() ? openedBy.agent() : openedBy.customer());
    }

    /** Stores a new ticket; {@code openingForm} is null for a mail, which has no form to fill custom fields in. */
    private TicketRef persist(Ticket ticket, CustomFieldPlace openingForm, Map<Long, String> fieldValues,
                              Person openedBy) {
        newTicketPriority.of(ticket).ifPresent(ticket::prioritizeAtOpening);
        em.persist(ticket);
        em.flush();
        if (openingForm != null) {
            customFields.keepForTicket(ticket.protocol(), openingForm, ticket.department().id(), fieldValues);
        }
        changes.fire(new TicketOpened(ticket, openedBy, clock.instant()));
        return new TicketRef(ticket.protocol(), ticket.publicId());
    }

    private Ticket handledTicket(long protocol, Agent agent) {
        return handledTicket(find(protocol), agent);
    }

    /**
     * The ticket, if the agent may act on it. One the agent may only read (a manager following a team member's
     * internal request) is refused; one they may not even see does not exist for them.
     */
    private Ticket handledTicket(Ticket ticket, Agent agent) {
        if (ticket.isHandledBy(agent)) {
            return ticket;
        }
        if (ticket.isVisibleTo(agent)) {
            throw new AccessDeniedException("The agent may read this ticket but not act on it");
        }
        throw new NotFoundException("ticket", ticket.protocol());
    }

    private Ticket find(long protocol) {
        Ticket ticket = em.find(Ticket.class, protocol);
        if (ticket == null) {
            throw new NotFoundException("ticket", protocol);
        }
        return ticket;
    }

    private Department department(Long id) {
        return Classifications.department(em, id);
    }

    private Category category(Long id) {
        return Classifications.category(em, id);
    }
}
