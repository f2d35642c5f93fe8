package dev.helpdesk.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/** A stretch of calendar time an SLA clock ran; {@code endedAt} null while it runs. */
@Embeddable
public class ClockPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ClockPeriod() {
    }

    ClockPeriod(Instant startedAt) {
        this.startedAt = startedAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant endedAt() {
        return endedAt;
    }

    boolean isOpen() {
        return endedAt == null;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    /** The end, or {@code now} if it still runs or ends later. */
    Instant endOr(Instant now) {
        return endedAt == null || endedAt.isAfter(now) ? now : endedAt;
    }
}
