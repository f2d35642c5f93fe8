package dev.helpdesk.web.ticket.api;

import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketChannel;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.TicketType;
import dev.helpdesk.web.common.api.FieldValueJson;
import dev.helpdesk.workspace.application.TicketDetail;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** A ticket with its conversation as the API shows it to the caller; JSON-B also writes {@code isInternal}. */
public record TicketDetailJson(Long protocol, String publicId, TicketType type, TicketChannel channel, String subject,
                               String message, Long departmentId, String departmentName, Long categoryId,
                               String categoryName, Long customerId, String customerName, String customerEmail,
                               String customerPhone, Long requesterAgentId, Long statusId, String statusName,
                               Long assignedAgentId, String assignedAgentName, TicketSituation situation,
                               Priority priority, Instant createdAt, Instant updatedAt, Instant closedAt,
                               ScheduleJson schedule, List<FieldValueJson> customFields, List<SlaJson> sla,
                               List<AttachmentInfoJson> attachments, List<MessageJson> replies,
                               List<HistoryEntryJson> history) {

    static TicketDetailJson of(TicketDetail v) {
        return new TicketDetailJson(v.protocol(), v.publicId(), v.type(), v.channel(), v.subject(), v.message(),
                v.departmentId(), v.departmentName(), v.categoryId(), v.categoryName(), v.customerId(),
                v.customerName(), v.customerEmail(), v.customerPhone(), v.requesterAgentId(), v.statusId(),
                v.statusName(), v.assignedAgentId(), v.assignedAgentName(), v.situation(), v.priority(),
                v.createdAt(), v.updatedAt(), v.closedAt(), v.schedule() == null ? null : ScheduleJson.of(v.schedule()),
                map(v.customFields(), FieldValueJson::of), map(v.sla(), SlaJson::of),
                map(v.attachments(), AttachmentInfoJson::of), map(v.replies(), MessageJson::of),
                map(v.history(), HistoryEntryJson::of));
    }

    public boolean isInternal() {
        return type == TicketType.I;
    }

    private static <T, R> List<R> map(List<T> values, Function<T, R> json) {
        return values == null ? null : values.stream().map(json).toList();
    }
}
