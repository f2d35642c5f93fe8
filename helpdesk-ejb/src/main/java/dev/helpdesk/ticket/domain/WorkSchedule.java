package dev.helpdesk.ticket.domain;

import dev.helpdesk.directory.domain.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Duration;
import java.time.Instant;

/**
 * When work on a ticket is to start, who is to do it, and whether that agent has been told (the notice leaves a
 * configurable lead before the start). A ticket without a schedule has none of it (all columns null).
 */
@Embeddable
public class WorkSchedule {

    @Column(name = "scheduled_start")
    private Instant start;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scheduled_agent_id")
    private Agent agent;

    /** When the notice of the start left; a new schedule starts without one. */
    @Column(name = "schedule_noticed_at")
    private Instant noticedAt;

    protected WorkSchedule() {
    }

    WorkSchedule(Instant start, Agent agent) {
        this.start = start;
        this.agent = agent;
    }

    /** Whether the notice is due at {@code now}, given how long before the start it is to leave. */
    boolean isNoticeDue(Duration lead, Instant now) {
        return noticedAt == null && !start.minus(lead).isAfter(now);
    }

    void noticed(Instant now) {
        noticedAt = now;
    }

    Instant start() {
        return start;
    }

    Agent agent() {
        return agent;
    }
}
