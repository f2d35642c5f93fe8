package dev.helpdesk.sla.domain;

import dev.helpdesk.ticket.domain.Priority;
import java.io.Serializable;

/**
 * What an SLA rule applies to inside its scope: a department, and optionally one category and one priority (null
 * means any). The most specific key that matches a ticket wins.
 */
public record RuleKey(long departmentId, Long categoryId, Priority priority) implements Serializable {

    public boolean matches(long ticketDepartmentId, long ticketCategoryId, Priority ticketPriority) {
        return departmentId == ticketDepartmentId
                && (categoryId == null || categoryId == ticketCategoryId)
                && (priority == null || priority == ticketPriority);
    }

    /** Category and priority named beat category named beats priority named beats department only. */
    int specificity() {
        return (categoryId == null ? 0 : 2) + (priority == null ? 0 : 1);
    }
}
