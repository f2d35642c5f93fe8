package dev.helpdesk.sla.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An agent is told that a ticket's SLA clock reached a level: the assignee, and the managers of the ticket's
 * department. Shown in the agent panel until read; one per ticket, clock, level and agent.
 */
@Entity
public class SlaAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ticketProtocol;

    @Enumerated(EnumType.STRING)
    private SlaClockKind clockKind;

    @Enumerated(EnumType.STRING)
    private SlaState level;

    private long agentId;

    private Instant createdAt;

    private Instant readAt;

    protected SlaAlert() {
    }

    public SlaAlert(long ticketProtocol, SlaClockKind clockKind, SlaState level, long agentId, Instant now) {
        this.ticketProtocol = ticketProtocol;
        this.clockKind = clockKind;
        this.level = level;
        this.agentId = agentId;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long agentId() {
        return agentId;
    }
}
