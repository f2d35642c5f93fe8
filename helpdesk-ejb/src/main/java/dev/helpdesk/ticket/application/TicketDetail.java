package dev.helpdesk.ticket.application;

import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.TicketType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A ticket with its whole conversation as the caller may see it: customers never get internal notes nor the
 * history, which is for agents.
 */
public record TicketDetail(Long protocol, String publicId, TicketType type, TicketChannel channel, String subject,
                           String message, Long departmentId, String departmentName, Long categoryId,
                           String categoryName, String customerName, String customerEmail, Long statusId,
                           String statusName, Long assignedAgentId, String assignedAgentName,
                           TicketSituation situation, Priority priority, Instant createdAt, Instant updatedAt, Instant closedAt, List<AttachmentInfo> attachments,
                           List<MessageView> replies, List<HistoryEntry> history)
        implements Serializable {
}
