package dev.helpdesk.web.ticket.api;

import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.TicketType;
import dev.helpdesk.workspace.application.TicketSummary;
import java.time.Instant;

/** One row of a ticket list as the API shows it, with the ids webhook events carry. */
public record TicketSummaryJson(Long protocol, String publicId, TicketType type, String subject, Long customerId,
                                String customerName,
                                String customerEmail, String organizationName, Long departmentId,
                                String departmentName, String categoryName, String statusName,
                                String assignedAgentName, TicketSituation situation, Priority priority,
                                Instant createdAt, Instant updatedAt, Instant deadlineDue, Instant deadlineStoppedAt,
                                Long deadlineClockId) {

    static TicketSummaryJson of(TicketSummary v) {
        return new TicketSummaryJson(v.protocol(), v.publicId(), v.type(), v.subject(), v.customerId(),
                v.customerName(), v.customerEmail(),
                v.organizationName(), v.departmentId(), v.departmentName(), v.categoryName(), v.statusName(),
                v.assignedAgentName(), v.situation(), v.priority(), v.createdAt(), v.updatedAt(), v.deadlineDue(),
                v.deadlineStoppedAt(), v.deadlineClockId());
    }
}
