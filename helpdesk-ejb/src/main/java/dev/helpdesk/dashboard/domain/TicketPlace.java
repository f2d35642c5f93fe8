package dev.helpdesk.dashboard.domain;

import dev.helpdesk.ticket.domain.TicketSituation;

/**
 * Where a ticket counts on the dashboard's live widgets: its situation and the columns the viewer's scope compares
 * (department, assignee, requesting agent). Open tickets are counted by place in {@link OpenTicketCount}.
 */
public record TicketPlace(TicketSituation situation, long departmentId, Long assignedAgentId,
                          Long requesterAgentId) {

    public boolean isOpen() {
        return situation != null && !situation.isClosed();
    }
}
