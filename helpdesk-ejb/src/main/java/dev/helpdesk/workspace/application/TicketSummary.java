package dev.helpdesk.workspace.application;

import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.ticket.domain.TicketType;
import java.io.Serializable;
import java.time.Instant;

/**
 * One row of a ticket list, with the ids webhook events name ({@code publicId}, {@code customerId}). The customer is
 * the requesting agent on internal tickets (whose {@code customerId} is null); the e-mail is null when the caller
 * may not see customers' e-mail addresses.
 */
public record TicketSummary(Long protocol, String publicId, TicketType type, String subject, Long customerId,
                            String customerName,
                            String customerEmail, String organizationName, Long departmentId, String departmentName,
                            String categoryName, String statusName, String assignedAgentName,
                            TicketSituation situation, Priority priority, Instant createdAt, Instant updatedAt,
                            Instant deadlineDue, Instant deadlineStoppedAt, Long deadlineClockId)
        implements Serializable {

    /** Where the deadline stands at {@code now}, for the list's colours; null when no deadline rule applies. */
    public DeadlineSignal deadline(Instant now) {
        if (deadlineClockId == null) {
            return null;
        }
        if (deadlineStoppedAt != null) {
            return deadlineDue != null && deadlineDue.isBefore(deadlineStoppedAt) ? DeadlineSignal.MISSED
                    : DeadlineSignal.MET;
        }
        if (deadlineDue == null) {
            return DeadlineSignal.PAUSED;
        }
        return deadlineDue.isBefore(now) ? DeadlineSignal.BREACHED : DeadlineSignal.RUNNING;
    }

    public enum DeadlineSignal {
        RUNNING, PAUSED, BREACHED, MET, MISSED
    }

    TicketSummary withoutCustomerEmail() {
        if (type == TicketType.I) {
            return this;
        }
        return new TicketSummary(protocol, publicId, type, subject, customerId, customerName, null, organizationName,
                departmentId, departmentName, categoryName, statusName, assignedAgentName, situation, priority,
                createdAt, updatedAt, deadlineDue, deadlineStoppedAt, deadlineClockId);
    }
}
