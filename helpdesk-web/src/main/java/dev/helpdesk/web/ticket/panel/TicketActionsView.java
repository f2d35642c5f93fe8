package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.customfield.application.CustomFieldService;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.directory.application.AgentSummary;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.sla.application.SlaCalendars;
import dev.helpdesk.sla.application.TimeEntryView;
import dev.helpdesk.sla.application.WorkedTimeService;
import dev.helpdesk.ticket.application.StatusView;
import dev.helpdesk.ticket.application.TicketService;
import dev.helpdesk.ticket.application.TicketStatusService;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.customfield.panel.CustomFieldInputs;
import dev.helpdesk.web.directory.panel.DepartmentCategoryChoice;
import dev.helpdesk.workspace.application.ScheduleView;
import dev.helpdesk.workspace.application.TicketDetail;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The agent's actions on a ticket page: assign, status, priority, schedule, transfer, finish, cancel and reopen, and
 * for administrators delete.
 */
@Named
@ViewScoped
public class TicketActionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "actionsForm";
    @Inject
    private TicketView ticketView;

    @Inject
    private Clock clock;

    /** A start in the past the agent was asked to confirm: the same value sent again confirms it. */
    private LocalDateTime pastStartToConfirm;

    @EJB
    private TicketService ticketService;

    @EJB
    private DirectoryQuery directoryQuery;

    @EJB
    private TicketStatusService statusService;

    private List<AgentSummary> agents;
    private List<StatusView> statuses;
    private Long statusId;
    private Long agentId;
    private Priority priority;
    private DepartmentCategoryChoice transferTarget;
    /** Whether a transfer keeps the assignee (when they work in the target department) or releases the ticket. */
    private boolean keepAssignee = true;
    private CustomFieldInputs closingFields = CustomFieldInputs.none();

    @EJB
    private CustomFieldService customFieldService;

    @EJB
    private WorkedTimeService workedTime;

    private List<TimeEntryView> timeEntries = List.of();
    private Integer minutesWorked;
    private String workNote;
    private String cancelReason;
    private LocalDateTime scheduleAt;
    private Long scheduleAgentId;

    /** View action, after the ticket is loaded: the choices the forms offer. */
    public void load() {
        TicketDetail ticket = ticketView.getTicket();
        if (ticket == null) {
            return;
        }
        agents = directoryQuery.agentsOf(ticket.departmentId());
        statuses = statusService.ofDepartment(ticket.departmentId());
        statusId = ticket.statusId();
        transferTarget = new DepartmentCategoryChoice(directoryQuery.activeDepartments(), ticket.departmentId(),
                ticket.categoryId());
        agentId = ticket.assignedAgentId();
        if (ticket.schedule() != null) {
            scheduleAt = ticket.schedule().start().atZone(SlaCalendars.zone()).toLocalDateTime();
            scheduleAgentId = ticket.schedule().agentId();
        }
        priority = ticket.priority();
        timeEntries = workedTime.ofTicket(ticket.protocol());
        closingFields = new CustomFieldInputs(customFieldService.formFor(ticket.isInternal()
                ? CustomFieldPlace.TICKET_CLOSING_INTERNAL : CustomFieldPlace.TICKET_CLOSING_EXTERNAL,
                ticket.departmentId()));
    }

    public String assign() {
        return act(() -> ticketService.assign(protocol(), agentId), "ticket.assigned", ticketPage());
    }

    /** Schedules the work start the agent picked, in the account's time zone; an empty date clears it. */
    /**
     * Schedules the work start; a start that has already passed is done only once confirmed: the first click says
     * so beside the field, the button then asks to confirm, and sending the same start again schedules it.
     */
    public String schedule() {
        Instant start = scheduleAt == null ? null : scheduleAt.atZone(SlaCalendars.zone()).toInstant();
        if (start != null && start.isBefore(clock.instant()) && !scheduleAt.equals(pastStartToConfirm)) {
            pastStartToConfirm = scheduleAt;
            Messages.fieldWarning(FORM + ":scheduleAt", "ticket.schedulePast", dateTimeFormat().format(scheduleAt));
            return null;
        }
        pastStartToConfirm = null;
        return act(() -> ticketService.schedule(protocol(), start, scheduleAgentId), "ticket.scheduled",
                ticketPage());
    }

    /** Whether the schedule button now confirms a start in the past. */
    public boolean isConfirmingPastStart() {
        return pastStartToConfirm != null && pastStartToConfirm.equals(scheduleAt);
    }

    public String getScheduledText() {
        ScheduleView schedule = ticketView.getTicket().schedule();
        return schedule == null ? "" : dateTimeFormat().format(schedule.start().atZone(SlaCalendars.zone()))
                + " (" + schedule.agentName() + ")";
    }

    /** Dates and times as the person's language writes them (dd/MM/yyyy HH:mm in Portuguese and Spanish). */
    private static DateTimeFormatter dateTimeFormat() {
        return DateTimeFormatter.ofPattern(Messages.text("format.dateTime"));
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    public Long getScheduleAgentId() {
        return scheduleAgentId;
    }

    public void setScheduleAgentId(Long scheduleAgentId) {
        this.scheduleAgentId = scheduleAgentId;
    }

    public String changeStatus() {
        return act(() -> ticketService.changeStatus(protocol(), statusId), "ticket.statusChanged", ticketPage());
    }

    public String changePriority() {
        return act(() -> ticketService.changePriority(protocol(), priority), "ticket.priorityChanged", ticketPage());
    }

    /** Back to the list afterwards: the ticket may now be in a department the agent does not work in. */
    public String transfer() {
        return act(() -> ticketService.transfer(protocol(), transferTarget.getDepartmentId(),
                        transferTarget.getCategoryId(), keepAssignee), "ticket.transferred",
                "/agent/tickets.xhtml?faces-redirect=true");
    }

    /** Administrators only (the service says so); confirmed in the page, it cannot be undone. */
    public String delete() {
        return act(() -> ticketService.delete(protocol()), "ticket.deleted", "/agent/tickets.xhtml?faces-redirect=true");
    }

    public boolean isKeepAssignee() {
        return keepAssignee;
    }

    public void setKeepAssignee(boolean keepAssignee) {
        this.keepAssignee = keepAssignee;
    }

    public String finish() {
        return act(() -> ticketService.finish(protocol(), closingFields.values()), "ticket.finished", ticketPage());
    }

    public String logTime() {
        return act(() -> workedTime.log(protocol(), minutesWorked == null ? 0 : minutesWorked, null, workNote),
                "ticket.timeLogged", ticketPage());
    }

    public List<TimeEntryView> getTimeEntries() {
        return timeEntries;
    }

    public int getMinutesTotal() {
        return timeEntries.stream().mapToInt(TimeEntryView::minutes).sum();
    }

    public Integer getMinutesWorked() {
        return minutesWorked;
    }

    public void setMinutesWorked(Integer minutesWorked) {
        this.minutesWorked = minutesWorked;
    }

    public String getWorkNote() {
        return workNote;
    }

    public void setWorkNote(String workNote) {
        this.workNote = workNote;
    }

    public String cancel() {
        return act(() -> ticketService.cancel(protocol(), cancelReason), "ticket.cancelled", ticketPage());
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String reopen() {
        return act(() -> ticketService.reopen(protocol()), "ticket.reopened", ticketPage());
    }

    private String act(Runnable action, String doneKey, String outcome) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            if (!closingFields.showError(e)) {
                Messages.fieldError(FORM, e);
            }
            return null;
        } catch (NotFoundException | AccessDeniedException | EJBAccessException e) {
            Messages.error("ticket.notHandled");
            return null;
        }
        Messages.info(doneKey, protocol());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return outcome;
    }

    private String ticketPage() {
        return "/agent/ticket.xhtml?faces-redirect=true&protocol=" + protocol();
    }

    private long protocol() {
        return ticketView.getProtocol();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public List<StatusView> getStatuses() {
        return statuses;
    }

    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    public List<AgentSummary> getAgents() {
        return agents;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public CustomFieldInputs getClosingFields() {
        return closingFields;
    }

    public DepartmentCategoryChoice getTransferTarget() {
        return transferTarget;
    }
}
