package dev.helpdesk.workspace.application;

import dev.helpdesk.customfield.application.FieldValue;
import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.domain.CustomerData;
import dev.helpdesk.sla.application.SlaView;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.TicketType;
import java.time.Instant;
import java.util.List;

/** A ticket's own fields, read in one query; the conversation is added to make a {@link TicketDetail}. */
public record TicketHeader(Long protocol, String publicId, TicketType type, TicketChannel channel, String subject,
                           String message, Long departmentId, String departmentName, Long categoryId,
                           String categoryName, Long customerId, String customerName, String customerEmail,
                           String customerPhone, Long requesterAgentId, Long statusId, String statusName,
                           Long assignedAgentId, String assignedAgentName, TicketSituation situation,
                           Priority priority, Instant createdAt, Instant updatedAt, Instant closedAt) {

    /** The customer's e-mail and phone only if the caller's permission group grants them. */
    TicketHeader masked(Caller caller) {
        if (customerId == null) {
            return this;
        }
        return new TicketHeader(protocol, publicId, type, channel, subject, message, departmentId, departmentName,
                categoryId, categoryName, customerId, customerName,
                caller.mayViewCustomerData(CustomerData.EMAIL) ? customerEmail : null,
                caller.mayViewCustomerData(CustomerData.PHONE) ? customerPhone : null, requesterAgentId, statusId,
                statusName, assignedAgentId, assignedAgentName, situation, priority, createdAt, updatedAt, closedAt);
    }

    TicketDetail with(List<AttachmentInfo> attachments, List<MessageView> replies, List<HistoryEntry> history,
                      ScheduleView schedule, List<FieldValue> customFields, List<SlaView> sla) {
        return new TicketDetail(protocol, publicId, type, channel, subject, message, departmentId, departmentName,
                categoryId, categoryName, customerId, customerName, customerEmail, customerPhone, requesterAgentId,
                statusId, statusName, assignedAgentId, assignedAgentName, situation, priority, createdAt, updatedAt,
                closedAt, schedule, customFields, sla, attachments, replies, history);
    }
}
