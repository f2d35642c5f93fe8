package dev.helpdesk.ticket.domain;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A customer's request (external), or an agent's request to a department (internal), and its conversation. The
 * protocol number, drawn from a database sequence one at a time, is the key people quote; the public id is the
 * opaque key integrations use.
 */
@Entity
public class Ticket {

    public static final int MAX_SUBJECT_LENGTH = 250;
    public static final int MAX_MESSAGE_LENGTH = 100_000;
    public static final int MAX_ATTACHMENTS = 10;
    public static final int MAX_CANCEL_REASON_LENGTH = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_protocol")
    @SequenceGenerator(name = "ticket_protocol", sequenceName = "ticket_protocol_seq", allocationSize = 1)
    private Long protocol;

    private String publicId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    private TicketType type;

    @Enumerated(EnumType.STRING)
    private TicketChannel channel;

    private String subject;

    private String message;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    /** The customer of an external ticket; null for an internal one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /** The agent who opened an internal ticket; null for an external one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requester_agent_id")
    private Agent requesterAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_agent_id")
    private Agent assignedAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "status_id")
    private TicketStatus status;

    private TicketSituation situation;

    private Priority priority;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant closedAt;

    /** Since when the ticket waits on the customer: set while the situation is "answered, waiting for customer". */
    private Instant waitingSince;

    /** When the customer was warned that the ticket will close for inactivity; cleared by any new exchange. */
    private Instant autoCloseWarnedAt;

    /** Null when no work is scheduled. */
    @Embedded
    private WorkSchedule schedule;

    /** The customer's choice, when opening, to be told of replies by e-mail (where the account lets them choose). */
    private boolean notifyCustomer = true;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Reply> replies = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<TicketEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected Ticket() {
    }

    private Ticket(Customer customer, Agent requesterAgent, Department department, Category category, String subject,
                   String message, TicketChannel channel, Instant now) {
        this.publicId = UUID.randomUUID().toString().replace("-", "");
        this.type = customer == null ? TicketType.I : TicketType.E;
        this.channel = channel;
        this.customer = customer;
        this.requesterAgent = requesterAgent;
        this.department = department;
        this.category = category;
        this.subject = Inputs.requiredText("subject", subject, MAX_SUBJECT_LENGTH);
        this.message = Inputs.requiredText("message", message, MAX_MESSAGE_LENGTH);
        this.situation = TicketSituation.NOT_STARTED;
        this.priority = Priority.LOW;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Opens an external ticket for a customer in a department, classified by one of that department's categories.
     * {@code openedBy} is the customer, or the agent who opened it on the customer's behalf.
     */
    public static Ticket open(Customer customer, Department department, Category category, String subject,
                              String message, TicketChannel channel, List<FileUpload> files, Author openedBy,
                              Instant now) {
        Inputs.required("customer", customer);
        requireOpenable(department, category);
        Ticket ticket = new Ticket(customer, null, department, category, subject, message, channel, now);
        ticket.attach(null, files, now);
        ticket.record(TicketEventKind.OPENED, openedBy, null, ticket.situation.name(), now);
        return ticket;
    }

    /**
     * Opens an internal ticket: an agent asks a department (theirs or another) for something, as an internal
     * customer. The requester follows and answers it; its handling follows the department's rules.
     */
    public static Ticket openInternal(Agent requester, Department department, Category category, String subject,
                                      String message, TicketChannel channel, List<FileUpload> files,
                                      Instant now) {
        Inputs.required("requester", requester);
        requireOpenable(department, category);
        Ticket ticket = new Ticket(null, requester, department, category, subject, message, channel, now);
        ticket.attach(null, files, now);
        ticket.record(TicketEventKind.OPENED, Author.of(requester), null, ticket.situation.name(), now);
        return ticket;
    }

    private static void requireOpenable(Department department, Category category) {
        Inputs.required("departmentId", department);
        Inputs.required("categoryId", category);
        if (!department.isActive()) {
            throw new InvalidInputException("departmentId", "validation.department.inactive");
        }
        if (!category.belongsTo(department)) {
            throw new InvalidInputException("categoryId", "validation.category.notInDepartment");
        }
        if (!category.isActive()) {
            throw new InvalidInputException("categoryId", "validation.category.inactive");
        }
    }

    /** The priority a prioritization rule gives a ticket being opened; only before anything else happened to it. */
    public void prioritizeAtOpening(Priority rulePriority) {
        if (history.size() > 1 || replies.size() > 0) {
            throw new IllegalStateException("Prioritization applies at opening only");
        }
        this.priority = Inputs.required("priority", rulePriority);
    }

    /** An agent of the ticket's department answers the customer; the ticket then waits for the customer. */
    public Reply answer(Agent agent, String body, List<FileUpload> files, Instant now) {
        return answer(agent, MessageBody.plain(body), files, now);
    }

    /** As {@link #answer(Agent, String, List, Instant)}, with a body that may be rich text. */
    public Reply answer(Agent agent, MessageBody body, List<FileUpload> files, Instant now) {
        requireHandledBy(agent);
        Reply reply = addReply(Author.of(agent), body, false, files, now);
        changeSituation(TicketEventKind.ANSWERED, Author.of(agent), TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER,
                now);
        return reply;
    }

    /** A note between agents; the customer never sees it and the situation does not change. */
    public Reply addInternalNote(Agent agent, String body, List<FileUpload> files, Instant now) {
        return addInternalNote(agent, MessageBody.plain(body), files, now);
    }

    public Reply addInternalNote(Agent agent, MessageBody body, List<FileUpload> files, Instant now) {
        requireHandledBy(agent);
        Reply note = addReply(Author.of(agent), body, true, files, now);
        record(TicketEventKind.NOTE_ADDED, Author.of(agent), null, null, now);
        return note;
    }

    /**
     * The customer who opened the ticket, or a manager of their organization who follows it, writes again; the
     * ticket then waits for an agent.
     */
    public Reply replyAsCustomer(Customer author, String body, List<FileUpload> files, Instant now) {
        return replyAsCustomer(author, MessageBody.plain(body), files, now);
    }

    public Reply replyAsCustomer(Customer author, MessageBody body, List<FileUpload> files, Instant now) {
        if (!isFollowedBy(author)) {
            throw new AccessDeniedException("Only the ticket's customer may reply as customer");
        }
        Reply reply = addReply(Author.of(author), body, false, files, now);
        changeSituation(TicketEventKind.CUSTOMER_REPLIED, Author.of(author), TicketSituation.CUSTOMER_REPLIED, now);
        return reply;
    }

    /** The agent who opened an internal ticket writes again; the ticket then waits for the department. */
    public Reply replyAsRequester(Agent author, String body, List<FileUpload> files, Instant now) {
        return replyAsRequester(author, MessageBody.plain(body), files, now);
    }

    public Reply replyAsRequester(Agent author, MessageBody body, List<FileUpload> files, Instant now) {
        if (!isRequestedBy(author)) {
            throw new AccessDeniedException("Only the agent who opened the internal ticket may reply as requester");
        }
        Reply reply = addReply(Author.of(author), body, false, files, now);
        changeSituation(TicketEventKind.CUSTOMER_REPLIED, Author.of(author), TicketSituation.CUSTOMER_REPLIED, now);
        return reply;
    }

    /** Hands the ticket to an agent of its department; {@code assignee} null leaves it unassigned. */
    public void assignTo(Agent agent, Agent assignee, Instant now) {
        requireHandledBy(agent);
        if (assignee != null && (!assignee.isActive() || !assignee.worksIn(department))) {
            throw new InvalidInputException("agentId", "validation.agent.notInDepartment");
        }
        String before = assignedAgent == null ? null : assignedAgent.name();
        assignedAgent = assignee;
        record(TicketEventKind.ASSIGNED, Author.of(agent), before, assignee == null ? null : assignee.name(), now);
    }

    /**
     * Moves the ticket to another department and category; an assignee who does not work there is released, and
     * the status, which belonged to the old department, is cleared.
     */
    public void transferTo(Agent agent, Department target, Category targetCategory, Instant now) {
        transferTo(agent, target, targetCategory, true, now);
    }

    /**
     * Moves the ticket to another department and category. The assignee stays when {@code keepAssignee} and they
     * work in the target department, else the ticket is released; the status, which belonged to the old department,
     * is cleared. The history has a line for the transfer and one for each of the assignee and status it cleared.
     */
    public void transferTo(Agent agent, Department target, Category targetCategory, boolean keepAssignee,
                           Instant now) {
        requireHandledBy(agent);
        Inputs.required("departmentId", target);
        Inputs.required("categoryId", targetCategory);
        if (!target.isActive()) {
            throw new InvalidInputException("departmentId", "validation.department.inactive");
        }
        if (!targetCategory.belongsTo(target)) {
            throw new InvalidInputException("categoryId", "validation.category.notInDepartment");
        }
        if (!targetCategory.isActive()) {
            throw new InvalidInputException("categoryId", "validation.category.inactive");
        }
        String before = department.name() + " / " + category.name();
        department = target;
        category = targetCategory;
        record(TicketEventKind.TRANSFERRED, Author.of(agent), before, target.name() + " / " + targetCategory.name(),
                now);
        if (assignedAgent != null && (!keepAssignee || !assignedAgent.worksIn(target))) {
            String released = assignedAgent.name();
            assignedAgent = null;
            record(TicketEventKind.ASSIGNED, Author.of(agent), released, null, now);
        }
        if (status != null) {
            String cleared = status.name();
            status = null;
            record(TicketEventKind.STATUS_CHANGED, Author.of(agent), cleared, null, now);
        }
    }

    /** Sets one of the department's statuses, or clears it with null. */
    public void changeStatus(Agent agent, TicketStatus newStatus, Instant now) {
        requireHandledBy(agent);
        if (newStatus != null && !newStatus.belongsTo(department)) {
            throw new InvalidInputException("statusId", "validation.status.notInDepartment");
        }
        if (newStatus != null && !newStatus.isActive()) {
            throw new InvalidInputException("statusId", "validation.status.inactive");
        }
        String before = status == null ? null : status.name();
        status = newStatus;
        record(TicketEventKind.STATUS_CHANGED, Author.of(agent), before, newStatus == null ? null : newStatus.name(),
                now);
    }

    public void changePriority(Agent agent, Priority newPriority, Instant now) {
        requireHandledBy(agent);
        Inputs.required("priority", newPriority);
        if (newPriority == priority) {
            return;
        }
        Priority before = priority;
        priority = newPriority;
        record(TicketEventKind.PRIORITY_CHANGED, Author.of(agent), before.name(), newPriority.name(), now);
    }

    public void finish(Agent agent, Instant now) {
        requireHandledBy(agent);
        if (situation.isClosed()) {
            throw new InvalidInputException("situation", "validation.ticket.alreadyClosed");
        }
        changeSituation(TicketEventKind.FINISHED, Author.of(agent), TicketSituation.FINISHED, now);
        closedAt = now;
    }

    /**
     * Cancels the ticket (situation 4: opened by mistake, a duplicate, withdrawn), with the reason kept as an internal
     * note. Unlike a finish it has no closing time; it can be reopened.
     */
    public void cancel(Agent agent, String reason, Instant now) {
        requireHandledBy(agent);
        if (situation.isClosed()) {
            throw new InvalidInputException("situation", "validation.ticket.alreadyClosed");
        }
        String why = Inputs.requiredText("reason", reason, MAX_CANCEL_REASON_LENGTH);
        addReply(Author.of(agent), MessageBody.plain(why), true, List.of(), now);
        changeSituation(TicketEventKind.CANCELLED, Author.of(agent), TicketSituation.CANCELLED, now);
    }

    /**
     * The customer finishes their own ticket, which they may only while a status that lets them is applied
     * ("Permitir o cliente finalizar chamados com esse status aplicado").
     */
    public void finishAsCustomer(Customer author, Instant now) {
        if (!isOwnedBy(author)) {
            throw new AccessDeniedException("Only the ticket's customer may finish it as customer");
        }
        if (situation.isClosed()) {
            throw new InvalidInputException("situation", "validation.ticket.alreadyClosed");
        }
        if (!mayBeFinishedByCustomer()) {
            throw new InvalidInputException("status", "validation.ticket.customerMayNotFinish");
        }
        changeSituation(TicketEventKind.FINISHED, Author.of(author), TicketSituation.FINISHED, now);
        closedAt = now;
    }

    /** Whether the status applied now lets the customer finish the open ticket. */
    public boolean mayBeFinishedByCustomer() {
        return !situation.isClosed() && status != null && status.letsCustomerFinish();
    }

    public void reopen(Agent agent, Instant now) {
        requireHandledBy(agent);
        if (!situation.isClosed()) {
            throw new InvalidInputException("situation", "validation.ticket.notClosed");
        }
        changeSituation(TicketEventKind.REOPENED, Author.of(agent), TicketSituation.WAITING_FOR_AGENT, now);
        closedAt = null;
    }

    /**
     * Schedules the start of work on the ticket for an agent who handles it (the caller when none is given), or
     * clears the schedule with a null start. A new schedule gets its own notice.
     */
    public void schedule(Agent agent, Instant start, Agent worker, Instant now) {
        requireHandledBy(agent);
        if (start != null && situation.isClosed()) {
            throw new InvalidInputException("start", "validation.ticket.closed");
        }
        Agent chosen = start == null ? null : worker == null ? agent : worker;
        if (chosen != null && (!chosen.isActive() || !isHandledBy(chosen))) {
            throw new InvalidInputException("agentId", "validation.agent.notInDepartment");
        }
        String before = schedule == null ? null : schedule.start().toString();
        schedule = start == null ? null : new WorkSchedule(start, chosen);
        record(TicketEventKind.SCHEDULED, Author.of(agent), before, start == null ? null : start.toString(), now);
    }

    /** Whether the notice of the scheduled start is due at {@code now}, given how long before it is to leave. */
    public boolean isScheduleNoticeDue(Duration lead, Instant now) {
        return schedule != null && !situation.isClosed() && schedule.isNoticeDue(lead, now);
    }

    public void markScheduleNoticed(Instant now) {
        schedule.noticed(now);
    }

    /** The customer has been warned that the ticket closes if they do not answer. */
    public void warnOfAutoClose(Instant now) {
        if (situation != TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER || autoCloseWarnedAt != null) {
            throw new IllegalStateException("Only a ticket waiting on the customer, not yet warned, is warned");
        }
        autoCloseWarnedAt = now;
        record(TicketEventKind.AUTO_CLOSE_WARNED, Author.SYSTEM, null, null, now);
    }

    /** Finishes a warned ticket the customer left unanswered, with a public note saying why. */
    public void closeForInactivity(String note, Instant now) {
        if (situation != TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER || autoCloseWarnedAt == null) {
            throw new IllegalStateException("Only a warned ticket still waiting on the customer closes");
        }
        addReply(Author.SYSTEM, MessageBody.plain(note), false, List.of(), now);
        changeSituation(TicketEventKind.AUTO_CLOSED, Author.SYSTEM, TicketSituation.FINISHED, now);
        closedAt = now;
    }

    public boolean isOwnedBy(Customer candidate) {
        return customer != null && customer.id() != null && customer.id().equals(candidate.id());
    }

    /**
     * Whether the customer follows the ticket: its own customer, or a manager of the customer's organization or of
     * an organization above it.
     */
    public boolean isFollowedBy(Customer candidate) {
        if (isOwnedBy(candidate)) {
            return true;
        }
        return customer != null && candidate.managesOrganization()
                && customer.organizationChain().contains(candidate.organization().id());
    }

    public boolean isRequestedBy(Agent candidate) {
        return requesterAgent != null && requesterAgent.id() != null && requesterAgent.id().equals(candidate.id());
    }

    /**
     * Whether the agent may act on the ticket: administrators everywhere, the assignee, department managers in
     * their departments, plain agents as their permission group's visibility says. {@code TicketScope} is the same
     * rule as a query condition for lists.
     */
    public boolean isHandledBy(Agent agent) {
        if (!agent.isActive()) {
            return false;
        }
        if (agent.role() == AgentRole.ADMIN || isAssignedTo(agent)) {
            return true;
        }
        if (agent.role() == AgentRole.MANAGER) {
            return agent.isLinkedTo(department);
        }
        return switch (agent.permissions().ticketVisibility()) {
            case ALL_DEPARTMENTS -> true;
            case LINKED_DEPARTMENTS -> agent.isLinkedTo(department);
            case OWN_AND_UNASSIGNED_OF_LINKED -> assignedAgent == null && agent.isLinkedTo(department);
            case OWN_AND_UNASSIGNED_OF_ANY -> assignedAgent == null;
            case OWN_ONLY -> false;
        };
    }

    /**
     * Whether the agent may read the ticket: those who handle it, the agent who opened it (internal tickets), and
     * the managers of the departments that agent works in (they follow their team's internal requests, without
     * acting on them outside their own departments).
     */
    public boolean isVisibleTo(Agent agent) {
        if (isHandledBy(agent) || (agent.isActive() && isRequestedBy(agent))) {
            return true;
        }
        return agent.isActive() && agent.role() == AgentRole.MANAGER && requesterAgent != null
                && requesterAgent.departments().stream().anyMatch(agent::isLinkedTo);
    }

    private boolean isAssignedTo(Agent agent) {
        return assignedAgent != null && assignedAgent.id() != null && assignedAgent.id().equals(agent.id());
    }

    private void changeSituation(TicketEventKind kind, Author actor, TicketSituation next, Instant now) {
        TicketSituation before = situation;
        situation = next;
        waitingSince = next == TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER ? now : null;
        autoCloseWarnedAt = null;
        record(kind, actor, before.name(), next.name(), now);
    }

    private void record(TicketEventKind kind, Author actor, String before, String after, Instant now) {
        history.add(new TicketEvent(this, kind, actor, before, after, now));
        updatedAt = now;
    }

    private void requireHandledBy(Agent agent) {
        if (!isHandledBy(agent)) {
            throw new AccessDeniedException("The agent may not handle this ticket");
        }
    }

    /** A message's pasted images come first among its files: its body refers to them by their position. */
    private Reply addReply(Author author, MessageBody body, boolean internal, List<FileUpload> files, Instant now) {
        if (situation.isClosed()) {
            throw new InvalidInputException("body", "validation.ticket.closed");
        }
        Reply reply = new Reply(this, author, Inputs.requiredText("body", body.text(), MAX_MESSAGE_LENGTH),
                body.html(), internal, now);
        replies.add(reply);
        List<FileUpload> all = new ArrayList<>(body.pastedImages());
        all.addAll(files == null ? List.of() : files);
        attach(reply, all, now);
        updatedAt = now;
        return reply;
    }

    private void attach(Reply reply, List<FileUpload> files, Instant now) {
        if (files == null || files.isEmpty()) {
            return;
        }
        if (files.size() > MAX_ATTACHMENTS) {
            throw new InvalidInputException("attachments", "validation.attachment.tooMany");
        }
        files.forEach(file -> attachments.add(new Attachment(this, reply, file, now)));
    }

    public Long protocol() {
        return protocol;
    }

    public String publicId() {
        return publicId;
    }

    public TicketType type() {
        return type;
    }

    public TicketChannel channel() {
        return channel;
    }

    public String subject() {
        return subject;
    }

    public String message() {
        return message;
    }

    public Department department() {
        return department;
    }

    public Category category() {
        return category;
    }

    public Customer customer() {
        return customer;
    }

    public Agent requesterAgent() {
        return requesterAgent;
    }

    /** Who asked: the customer, or for an internal ticket the agent who opened it. */
    public Person requester() {
        return customer != null ? customer : requesterAgent;
    }

    public TicketSituation situation() {
        return situation;
    }

    public Priority priority() {
        return priority;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<Reply> replies() {
        return Collections.unmodifiableList(replies);
    }

    public List<Attachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<TicketEvent> history() {
        return Collections.unmodifiableList(history);
    }

    public Agent assignedAgent() {
        return assignedAgent;
    }

    public TicketStatus status() {
        return status;
    }

    public Instant waitingSince() {
        return waitingSince;
    }

    public Instant autoCloseWarnedAt() {
        return autoCloseWarnedAt;
    }

    public Instant scheduledStart() {
        return schedule == null ? null : schedule.start();
    }

    public Agent scheduledAgent() {
        return schedule == null ? null : schedule.agent();
    }

    public void notifyCustomerByEmail(boolean wanted) {
        this.notifyCustomer = wanted;
    }

    public boolean notifiesCustomer() {
        return notifyCustomer;
    }
}
