package dev.helpdesk.ticket.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.customfield.application.CustomFieldValues;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.directory.application.Classifications;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.notification.application.Notifications;
import dev.helpdesk.security.application.CurrentUser;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.sla.application.SlaTracker;
import dev.helpdesk.ticket.domain.Author;
import dev.helpdesk.ticket.domain.FileUpload;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.ticket.domain.TicketStatus;
import dev.helpdesk.ticket.domain.TicketType;
import dev.helpdesk.webhook.application.Webhooks;
import dev.helpdesk.webhook.domain.WebhookEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Opening and handling tickets. Each method checks who calls and what they may touch. */
@Stateless
public class TicketService {

    /** The tables whose rows belong to one ticket, children first (an SLA clock's periods go with it). */
    private static final List<String> TICKET_PARTS = List.of("custom_field_value", "sla_alert", "sla_clock",
            "time_entry", "agent_notice", "attachment", "reply", "ticket_event");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private CustomFieldValues customFields;

    @EJB
    private SlaTracker sla;

    @Inject
    private Clock clock;

    @EJB
    private Webhooks webhooks;

    @EJB
    private Notifications notifications;

    @EJB
    private AuditLog audit;

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
        Agent agent = currentUser.agent();
        String email = Inputs.email("customerEmail", customerEmail);
        Customer customer = em.createQuery("SELECT c FROM Customer c WHERE c.email = :email AND c.active = TRUE",
                        Customer.class)
                .setParameter("email", email).getResultList().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("customerEmail", "validation.customer.unknown"));
        Department department = department(request.departmentId());
        if (!agent.worksIn(department)) {
            throw new InvalidInputException("departmentId", "validation.department.unknown");
        }
        return open(customer, request, channel, Author.of(agent));
    }

    /**
     * An agent who handles the ticket answers its requester; the agent who opened an internal ticket writes to the
     * department handling it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void answer(long protocol, String body, List<FileUpload> attachments) {
        Agent agent = currentUser.agent();
        Ticket ticket = find(protocol);
        Instant now = clock.instant();
        if (!ticket.isHandledBy(agent) && ticket.isRequestedBy(agent) && agent.isActive()) {
            ticket.replyAsRequester(agent, body, attachments, now);
            sla.requesterReplied(ticket, now);
            notifications.requesterReplied(ticket, agent, body);
            updated(ticket);
            return;
        }
        handledTicket(ticket, agent).answer(agent, body, attachments, now);
        sla.answered(ticket, now);
        notifications.answered(ticket, agent, body);
        updated(ticket);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void addInternalNote(long protocol, String body, List<FileUpload> attachments) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        ticket.addInternalNote(agent, body, attachments, clock.instant());
        updated(ticket);
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
        ticket.assignTo(agent, assignee, clock.instant());
        notifications.assigned(ticket, agent);
        updated(ticket);
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
        ticket.schedule(agent, start, worker, clock.instant());
        updated(ticket);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void transfer(long protocol, Long departmentId, Long categoryId) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.transferTo(agent, department(departmentId), category(categoryId), now);
        sla.reclassified(ticket, now);
        updated(ticket);
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
        ticket.changeStatus(agent, status, clock.instant());
        notifications.statusChanged(ticket, agent);
        updated(ticket);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void changePriority(long protocol, Priority priority) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.changePriority(agent, priority, now);
        sla.reclassified(ticket, now);
        updated(ticket);
    }

    /** Closes the ticket, with the values of the closing form's custom fields by id. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void finish(long protocol, Map<Long, String> closingFields) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.finish(agent, now);
        sla.finished(ticket, now);
        customFields.keepForTicket(protocol, ticket.type() == TicketType.I
                ? CustomFieldPlace.TICKET_CLOSING_INTERNAL : CustomFieldPlace.TICKET_CLOSING_EXTERNAL,
                ticket.department().id(), closingFields);
        notifications.finished(ticket, agent);
        updated(ticket);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void reopen(long protocol) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        Instant now = clock.instant();
        ticket.reopen(agent, now);
        sla.reopened(ticket, now);
        updated(ticket);
    }

    /**
     * Deletes the ticket with everything that hangs on it: conversation, files, history, custom-field values, SLA
     * clocks and alerts, time entries, notices and its unsent mails. Mails already sent and messages taken from
     * mailboxes stay on record without it. Administrators only; it cannot be undone.
     */
    @RolesAllowed(Roles.ADMIN)
    public void delete(long protocol) {
        Ticket ticket = find(protocol);
        String publicId = ticket.publicId();
        String before = "subject=" + ticket.subject() + ", department=" + ticket.department().id() + ", customer="
                + (ticket.customer() == null ? null : ticket.customer().email()) + ", publicId=" + publicId;
        em.flush();
        em.detach(ticket);
        for (String table : TICKET_PARTS) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE ticket_protocol = ?1")
                    .setParameter(1, protocol).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM outbound_mail WHERE ticket_protocol = ?1 AND state <> 'SENT'")
                .setParameter(1, protocol).executeUpdate();
        for (String table : List.of("outbound_mail", "inbound_message")) {
            em.createNativeQuery("UPDATE " + table + " SET ticket_protocol = NULL WHERE ticket_protocol = ?1")
                    .setParameter(1, protocol).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM ticket WHERE protocol = ?1").setParameter(1, protocol).executeUpdate();
        audit.changed(AuditAction.TICKET_DELETED, "ticket", protocol, before, null);
        webhooks.ticket(publicId, WebhookEvent.Action.DELETED);
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

    @RolesAllowed(Roles.CUSTOMER)
    public void replyAsCustomer(long protocol, String body, List<FileUpload> attachments) {
        Customer customer = currentUser.customer();
        Ticket ticket = find(protocol);
        if (!ticket.isOwnedBy(customer)) {
            throw new NotFoundException("ticket", protocol);
        }
        customerReplied(ticket, customer, body, attachments);
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

    /** The customer's reply by mail to their ticket; called by the mail intake only, as {@link #openFromMail}. */
    @PermitAll
    public void replyFromMail(Ticket ticket, Customer customer, String body, List<FileUpload> attachments) {
        customerReplied(ticket, customer, body, attachments);
    }

    private void customerReplied(Ticket ticket, Customer customer, String body, List<FileUpload> attachments) {
        Instant now = clock.instant();
        ticket.replyAsCustomer(customer, body, attachments, now);
        sla.requesterReplied(ticket, now);
        notifications.requesterReplied(ticket, customer, body);
        updated(ticket);
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
        sla.prioritize(ticket);
        em.persist(ticket);
        em.flush();
        if (openingForm != null) {
            customFields.keepForTicket(ticket.protocol(), openingForm, ticket.department().id(), fieldValues);
        }
        sla.opened(ticket, clock.instant());
        webhooks.ticket(ticket.publicId(), WebhookEvent.Action.CREATED);
        notifications.opened(ticket, openedBy);
        return new TicketRef(ticket.protocol(), ticket.publicId());
    }

    private void updated(Ticket ticket) {
        webhooks.ticket(ticket.publicId(), WebhookEvent.Action.UPDATED);
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
