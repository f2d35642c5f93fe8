package dev.helpdesk.automation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A notice shown to an agent in the panel until read: a scheduled ticket about to start. */
@Entity
public class AgentNotice {

    public enum Kind {
        SCHEDULED_START
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long agentId;

    private Long ticketProtocol;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Instant startsAt;

    private Instant createdAt;

    private Instant readAt;

    protected AgentNotice() {
    }

    public AgentNotice(long agentId, long ticketProtocol, Kind kind, Instant startsAt, Instant now) {
        this.agentId = agentId;
        this.ticketProtocol = ticketProtocol;
        this.kind = kind;
        this.startsAt = startsAt;
        this.createdAt = now;
    }
}
