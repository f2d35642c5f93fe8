package dev.helpdesk.ticket.application;

import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.TicketType;
import java.io.Serializable;
import java.time.Instant;

/**
 * One row of a ticket list. The customer is the requesting agent on internal tickets; the e-mail is null when the
 * caller may not see customers' e-mail addresses.
 */
public record TicketSummary(Long protocol, TicketType type, String subject, String customerName,
                            String customerEmail, String organizationName, Long departmentId, String departmentName,
                            String categoryName, String statusName, String assignedAgentName,
                            TicketSituation situation, Priority priority, Instant createdAt, Instant updatedAt)
        implements Serializable {

    TicketSummary withoutCustomerEmail() {
        if (type == TicketType.I) {
            return this;
        }
        return new TicketSummary(protocol, type, subject, customerName, null, organizationName, departmentId,
                departmentName, categoryName, statusName, assignedAgentName, situation, priority, createdAt,
                updatedAt);
    }
}
