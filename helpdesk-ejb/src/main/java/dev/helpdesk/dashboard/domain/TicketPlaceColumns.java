package dev.helpdesk.dashboard.domain;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.ticket.domain.TicketSituation;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A dashboard row's {@link TicketPlace}: the ticket's situation and the columns the viewer's scope compares
 * (department, assignee, requesting agent). The scope's columns are also mapped, read only, under the ticket's own
 * attribute names ({@code department}, {@code assignedAgent}, {@code requesterAgent}), so that
 * {@code TicketScope}'s condition on tickets applies to these rows word for word.
 */
@MappedSuperclass
public abstract class TicketPlaceColumns {

    private TicketSituation situation;

    @Column(name = "department_id")
    private long departmentId;

    @Column(name = "assigned_agent_id")
    private Long assignedAgentId;

    @Column(name = "requester_agent_id")
    private Long requesterAgentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", insertable = false, updatable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_agent_id", insertable = false, updatable = false)
    private Agent assignedAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requester_agent_id", insertable = false, updatable = false)
    private Agent requesterAgent;

    public TicketPlace place() {
        return new TicketPlace(situation, departmentId, assignedAgentId, requesterAgentId);
    }

    protected void placeAt(TicketPlace place) {
        situation = place.situation();
        departmentId = place.departmentId();
        assignedAgentId = place.assignedAgentId();
        requesterAgentId = place.requesterAgentId();
    }
}
