package dev.helpdesk.sla.application;

import dev.helpdesk.sla.domain.SlaClockKind;
import dev.helpdesk.sla.domain.SlaState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One SLA clock of a ticket as the ticket page explains it: which rule and shift, the target, what is used and
 * left, when it is due (null while paused), its state, whether it was met once stopped, and the periods it ran.
 */
public record SlaView(SlaClockKind kind, Long ruleId, String shiftName, boolean pausesOnReply, long targetMinutes,
                      long usedMinutes, long remainingMinutes, Instant dueAt, SlaState state, boolean running,
                      Instant stoppedAt, Boolean met, List<Period> periods) implements Serializable {

    public boolean isPaused() {
        return !running && stoppedAt == null;
    }

    public record Period(Instant startedAt, Instant endedAt) implements Serializable {
    }
}
