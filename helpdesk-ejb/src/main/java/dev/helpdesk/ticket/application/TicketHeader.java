package dev.helpdesk.ticket.application;

import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.TicketType;
import java.time.Instant;
import java.util.List;

/** A ticket's own fields, read in one query; the conversation is added to make a {@link TicketDetail}. */
public record TicketHeader(Long protocol, String publicId, TicketType type, TicketChannel channel, String subject,
                           String message, Long departmentId, String departmentName, Long categoryId,
                           String categoryName, String customerName, String customerEmail, Long statusId,
                           String statusName, Long assignedAgentId, String assignedAgentName,
                           TicketSituation situation, Priority priority, Instant createdAt, Instant updatedAt,
                           Instant closedAt) {

    TicketDetail with(List<AttachmentInfo> attachments, List<MessageView> replies, List<HistoryEntry> history) {
        return new TicketDetail(protocol, publicId, type, channel, subject, message, departmentId, departmentName,
                categoryId, categoryName, customerName, customerEmail, statusId, statusName, assignedAgentId,
                assignedAgentName, situation, priority, createdAt, updatedAt, closedAt, attachments, replies, history);
    }
}
