package dev.helpdesk.ticket.application;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.Priority;
import java.io.Serializable;

/**
 * One change for many tickets at once: what the ticket page does for one ticket, with the same rules. Which of
 * the values applies depends on the kind; {@link #checked()} refuses a change missing what it needs.
 */
public record BulkAction(Kind kind, Long agentId, Long statusId, Priority priority, Long departmentId,
                         Long categoryId) implements Serializable {

    public enum Kind {
        /** To {@code agentId}, or released when it is null. */
        ASSIGN,
        /** To the status {@code statusId}, or without a status when it is null. */
        STATUS,
        PRIORITY,
        /** To {@code departmentId} and its {@code categoryId}. */
        TRANSFER,
        FINISH
    }

    public static BulkAction assign(Long agentId) {
        return new BulkAction(Kind.ASSIGN, agentId, null, null, null, null);
    }

    public static BulkAction status(Long statusId) {
        return new BulkAction(Kind.STATUS, null, statusId, null, null, null);
    }

    public static BulkAction priority(Priority priority) {
        return new BulkAction(Kind.PRIORITY, null, null, priority, null, null);
    }

    public static BulkAction transfer(Long departmentId, Long categoryId) {
        return new BulkAction(Kind.TRANSFER, null, null, null, departmentId, categoryId);
    }

    public static BulkAction finish() {
        return new BulkAction(Kind.FINISH, null, null, null, null, null);
    }

    BulkAction checked() {
        if (kind == null) {
            throw new InvalidInputException("action", "validation.required");
        }
        if (kind == Kind.PRIORITY && priority == null) {
            throw new InvalidInputException("priority", "validation.required");
        }
        if (kind == Kind.TRANSFER && (departmentId == null || categoryId == null)) {
            throw new InvalidInputException(departmentId == null ? "departmentId" : "categoryId",
                    "validation.required");
        }
        return this;
    }
}
