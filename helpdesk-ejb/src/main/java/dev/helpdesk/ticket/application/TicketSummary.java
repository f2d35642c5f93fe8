package dev.helpdesk.ticket.application;

import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketSituation;
import java.io.Serializable;
import java.time.Instant;

/** One row of a ticket list. */
public record TicketSummary(Long protocol, String subject, String customerName, String customerEmail,
                            String organizationName, Long departmentId, String departmentName, String categoryName,
                            String statusName, String assignedAgentName, TicketSituation situation,
                            Priority priority, Instant createdAt, Instant updatedAt)
        implements Serializable {
}
