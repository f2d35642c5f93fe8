package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.application.BulkAction;
import dev.helpdesk.ticket.application.BulkResult;
import dev.helpdesk.ticket.application.BulkTicketActions;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.workspace.application.TicketSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The ticket list's bulk changes: the selected tickets assigned, given a status or a priority, transferred or
 * finished together, with what happened to each shown afterwards.
 */
@Named
@ViewScoped
public class BulkActionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "listForm";

    @EJB
    private BulkTicketActions bulk;

    @Inject
    private TicketListView list;

    private BulkAction.Kind kind;
    private Long agentId;
    private Long statusId;
    private Priority priority;
    private Long departmentId;
    private Long categoryId;
    private List<BulkResult> results = List.of();

    /** Applies the chosen change to the selected tickets; the list is read again afterwards. */
    public void apply() {
        List<Long> protocols = list.getSelected().stream().map(TicketSummary::protocol).toList();
        if (protocols.isEmpty()) {
            Messages.errorAt(FORM + ":bulkApply", "bulk.noneSelected");
            return;
        }
        try {
            results = bulk.apply(protocols, action());
            long done = results.stream().filter(BulkResult::done).count();
            if (done == results.size()) {
                Messages.info("bulk.allDone", done);
            } else {
                Messages.warn("bulk.someRefused", done, results.size() - done);
            }
            list.reload();
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e.field().equals("action") ? new InvalidInputException("bulkKind",
                    e.messageKey()) : prefixed(e));
        }
    }

    private static InvalidInputException prefixed(InvalidInputException e) {
        return new InvalidInputException("bulk" + Character.toUpperCase(e.field().charAt(0))
                + e.field().substring(1), e.messageKey());
    }

    private BulkAction action() {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case ASSIGN -> BulkAction.assign(agentId);
            case STATUS -> BulkAction.status(statusId);
            case PRIORITY -> BulkAction.priority(priority);
            case TRANSFER -> BulkAction.transfer(departmentId, categoryId);
            case FINISH -> BulkAction.finish();
        };
    }

    /** The reason a ticket was not changed, in the user's language. */
    public String reason(BulkResult result) {
        return result.done() ? Messages.text("bulk.done") : Messages.text(result.messageKey());
    }

    public BulkAction.Kind[] getKinds() {
        return BulkAction.Kind.values();
    }

    public List<BulkResult> getResults() {
        return results;
    }

    public BulkAction.Kind getKind() {
        return kind;
    }

    public void setKind(BulkAction.Kind kind) {
        this.kind = kind;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
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
}
