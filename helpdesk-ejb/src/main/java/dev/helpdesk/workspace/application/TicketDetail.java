package dev.helpdesk.workspace.application;

import dev.helpdesk.customfield.application.FieldValue;
import dev.helpdesk.sla.application.SlaView;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.TicketType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A ticket with its whole conversation as the caller may see it: customers never get internal notes nor the
 * history, which is for agents. On an internal ticket the customer fields name the requesting agent
 * ({@code requesterAgentId}); the customer's e-mail and phone are null when the caller's group does not grant them.
 * {@code sla} holds the ticket's SLA clocks (first response, deadline) for agents.
 */
public record TicketDetail(Long protocol, String publicId, TicketType type, TicketChannel channel, String subject,
                           String message, Long departmentId, String departmentName, Long categoryId,
                           String categoryName, Long customerId, String customerName, String customerEmail,
                           String customerPhone, Long requesterAgentId, Long statusId, String statusName,
                           Long assignedAgentId, String assignedAgentName, TicketSituation situation,
                           Priority priority, Instant createdAt, Instant updatedAt, Instant closedAt,
                           ScheduleView schedule, List<FieldValue> customFields, List<SlaView> sla,
                           List<AttachmentInfo> attachments,
                           List<MessageView> replies, List<HistoryEntry> history)
        implements Serializable {

    public boolean isInternal() {
        return type == TicketType.I;
    }
}
