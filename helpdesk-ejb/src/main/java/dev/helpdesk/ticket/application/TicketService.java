package dev.helpdesk.ticket.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.security.application.CurrentUser;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.domain.Author;
import dev.helpdesk.ticket.domain.FileUpload;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.ticket.domain.TicketStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Opening and handling tickets. Each method checks who calls and what they may touch. */
@Stateless
public class TicketService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** A customer opens a ticket for themself. */
    @RolesAllowed(Roles.CUSTOMER)
    public TicketRef openAsCustomer(OpenTicket request, TicketChannel channel) {
        Customer customer = currentUser.customer();
        return open(customer, request, channel, Author.of(customer));
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

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void answer(long protocol, String body, List<FileUpload> attachments) {
        Agent agent = currentUser.agent();
        handledTicket(protocol, agent).answer(agent, body, attachments, clock.instant());
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void addInternalNote(long protocol, String body, List<FileUpload> attachments) {
        Agent agent = currentUser.agent();
        handledTicket(protocol, agent).addInternalNote(agent, body, attachments, clock.instant());
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
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void transfer(long protocol, Long departmentId, Long categoryId) {
        Agent agent = currentUser.agent();
        Ticket ticket = handledTicket(protocol, agent);
        ticket.transferTo(agent, department(departmentId), category(categoryId), clock.instant());
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
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void changePriority(long protocol, Priority priority) {
        Agent agent = currentUser.agent();
        handledTicket(protocol, agent).changePriority(agent, priority, clock.instant());
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void finish(long protocol) {
        Agent agent = currentUser.agent();
        handledTicket(protocol, agent).finish(agent, clock.instant());
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void reopen(long protocol) {
        Agent agent = currentUser.agent();
        handledTicket(protocol, agent).reopen(agent, clock.instant());
    }

    @RolesAllowed(Roles.CUSTOMER)
    public void replyAsCustomer(long protocol, String body, List<FileUpload> attachments) {
        Customer customer = currentUser.customer();
        Ticket ticket = find(protocol);
        if (!ticket.isOwnedBy(customer)) {
            throw new NotFoundException("ticket", protocol);
        }
        ticket.replyAsCustomer(customer, body, attachments, clock.instant());
    }

    private TicketRef open(Customer customer, OpenTicket request, TicketChannel channel, Author openedBy) {
        Department department = department(request.departmentId());
        Category category = category(request.categoryId());
        Ticket ticket = Ticket.open(customer, department, category, request.subject(), request.message(), channel,
                request.attachments(), openedBy, clock.instant());
        em.persist(ticket);
        em.flush();
        return new TicketRef(ticket.protocol(), ticket.publicId());
    }

    /** The ticket, if the agent works in its department; otherwise it does not exist for them. */
    private Ticket handledTicket(long protocol, Agent agent) {
        Ticket ticket = find(protocol);
        if (!agent.worksIn(ticket.department())) {
            throw new NotFoundException("ticket", protocol);
        }
        return ticket;
    }

    private Ticket find(long protocol) {
        Ticket ticket = em.find(Ticket.class, protocol);
        if (ticket == null) {
            throw new NotFoundException("ticket", protocol);
        }
        return ticket;
    }

    private Department department(Long id) {
        Inputs.required("departmentId", id);
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new InvalidInputException("departmentId", "validation.department.unknown");
        }
        return department;
    }

    private Category category(Long id) {
        Inputs.required("categoryId", id);
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new InvalidInputException("categoryId", "validation.category.unknown");
        }
        return category;
    }
}
