package dev.helpdesk.web.ticket.api;

import dev.helpdesk.sla.application.SlaView;
import dev.helpdesk.sla.domain.SlaClockKind;
import dev.helpdesk.sla.domain.SlaState;
import java.time.Instant;
import java.util.List;

/** One SLA clock of a ticket as the API shows it; JSON-B also writes {@code isPaused}. */
public record SlaJson(SlaClockKind kind, Long ruleId, String shiftName, boolean pausesOnReply, long targetMinutes,
                      long usedMinutes, long remainingMinutes, Instant dueAt, SlaState state, boolean running,
                      Instant stoppedAt, Boolean met, List<Period> periods) {

    static SlaJson of(SlaView v) {
        return new SlaJson(v.kind(), v.ruleId(), v.shiftName(), v.pausesOnReply(), v.targetMinutes(),
                v.usedMinutes(), v.remainingMinutes(), v.dueAt(), v.state(), v.running(), v.stoppedAt(), v.met(),
                v.periods() == null ? null : v.periods().stream().map(Period::of).toList());
    }

    public boolean isPaused() {
        return !running && stoppedAt == null;
    }

    /** A period the clock ran, as the API shows it. */
    public record Period(Instant startedAt, Instant endedAt) {

        static Period of(SlaView.Period v) {
            return new Period(v.startedAt(), v.endedAt());
        }
    }
}
