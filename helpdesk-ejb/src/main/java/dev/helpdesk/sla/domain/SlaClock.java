package dev.helpdesk.sla.domain;

import dev.helpdesk.calendar.domain.WorkCalendar;
import dev.helpdesk.calendar.domain.WorkShift;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One SLA clock of a ticket (first response or deadline): a target of working time, and the periods it ran. It
 * counts only inside the calendar's working time; while paused (waiting for the customer, with a rule that pauses)
 * the due time moves forward by the paused working time; stopped, it keeps whether it was met. A reopened ticket
 * resumes the same clock with the time it had left, and a changed rule or priority gives it a new target.
 */
@Entity
public class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ticketProtocol;

    @Enumerated(EnumType.STRING)
    private SlaClockKind kind;

    /** The rule that set the target; null when it came from no rule (a "no limit" rule never starts a clock). */
    private Long ruleId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "shift_id")
    private WorkShift shift;

    private boolean pauseOnReply;

    private long targetSeconds;

    /** When the time runs out, as last computed: what lists sort and colour by, and what the SLA job scans. */
    private Instant dueAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_clock_period", joinColumns = @JoinColumn(name = "clock_id"))
    @OrderBy("startedAt")
    private List<ClockPeriod> periods = new ArrayList<>();

    private Instant stoppedAt;

    /** The highest level already alerted (CRITICAL, URGENT, BREACHED); each level is alerted once. */
    @Enumerated(EnumType.STRING)
    private SlaState notifiedLevel;

    @Version
    private long version;

    protected SlaClock() {
    }

    private SlaClock(Long ticketProtocol, SlaClockKind kind, Duration target) {
        this.ticketProtocol = ticketProtocol;
        this.kind = kind;
        this.targetSeconds = target.toSeconds();
    }

    /** A clock that runs from {@code start}, outside any ticket: for calculations and tests. */
    public static SlaClock startedAt(Instant start, Duration target) {
        SlaClock clock = new SlaClock(null, SlaClockKind.DEADLINE, target);
        clock.periods.add(new ClockPeriod(start));
        return clock;
    }

    /** A ticket's clock, started by a rule at the ticket's opening, counting in the rule's shift. */
    public static SlaClock start(long ticketProtocol, SlaClockKind kind, SlaRule rule, WorkShift shift,
                                 Instant start) {
        SlaClock clock = new SlaClock(ticketProtocol, kind, rule.target().orElseThrow());
        clock.ruleId = rule.id();
        clock.shift = shift;
        clock.pauseOnReply = rule.pausesOnReply();
        clock.periods.add(new ClockPeriod(start));
        return clock;
    }

    /** Another rule now applies (the priority, department or category changed): its target, its shift. */
    public void followRule(SlaRule rule, WorkShift newShift) {
        this.ruleId = rule.id();
        this.shift = newShift;
        this.pauseOnReply = rule.pausesOnReply();
        retarget(rule.target().orElseThrow());
    }

    /**
     * Recomputes the stored due time; call after every change, with the calendar of the clock's shift. A paused
     * clock has none: its due time moves as long as the pause lasts.
     */
    public void refreshDue(WorkCalendar calendar, Instant now) {
        this.dueAt = isRunning() || isStopped() ? due(calendar, now) : null;
    }

    public void pause(Instant at) {
        if (isRunning()) {
            last().end(at);
        }
    }

    public void resume(Instant at) {
        if (!isRunning() && stoppedAt == null) {
            periods.add(new ClockPeriod(at));
        }
    }

    /** Stops for good (the ticket finished, or the first response came); {@link #reopen} starts it again. */
    public void stop(Instant at) {
        pause(at);
        if (stoppedAt == null) {
            stoppedAt = at;
        }
    }

    public void reopen(Instant at) {
        stoppedAt = null;
        resume(at);
    }

    /** Alerts start over when the target changes: a new rule is a new promise. */
    private void forgetAlerts() {
        notifiedLevel = null;
    }

    /** A new rule or priority: the time already used stays used, the target changes. */
    public void retarget(Duration newTarget) {
        this.targetSeconds = newTarget.toSeconds();
        forgetAlerts();
    }

    public boolean isRunning() {
        return !periods.isEmpty() && last().isOpen();
    }

    public boolean isStopped() {
        return stoppedAt != null;
    }

    public Duration target() {
        return Duration.ofSeconds(targetSeconds);
    }

    /** Working time used up to {@code now}. */
    public Duration used(WorkCalendar calendar, Instant now) {
        Duration used = Duration.ZERO;
        for (ClockPeriod period : periods) {
            used = used.plus(calendar.between(period.startedAt(), period.endOr(now)));
        }
        return used;
    }

    public Duration remaining(WorkCalendar calendar, Instant now) {
        Duration remaining = target().minus(used(calendar, now));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /**
     * When the time runs out: while running, exact; while paused, as if it resumed now (it moves as the pause
     * lasts); once stopped, when it would have run out at the moment it stopped.
     */
    public Instant due(WorkCalendar calendar, Instant now) {
        Instant from = isRunning() ? last().startedAt() : (stoppedAt != null ? stoppedAt : now);
        Duration left = target().minus(usedBefore(calendar, from));
        return left.isNegative() ? reachedBefore(calendar, from) : calendar.plus(from, left);
    }

    private Duration usedBefore(WorkCalendar calendar, Instant instant) {
        Duration used = Duration.ZERO;
        for (ClockPeriod period : periods) {
            if (period.startedAt().isBefore(instant)) {
                used = used.plus(calendar.between(period.startedAt(), period.endOr(instant)));
            }
        }
        return used;
    }

    /** The time ran out before {@code from}: walk the periods to the instant the target was reached. */
    private Instant reachedBefore(WorkCalendar calendar, Instant from) {
        Duration left = target();
        for (ClockPeriod period : periods) {
            Duration span = calendar.between(period.startedAt(), period.endOr(from));
            if (left.compareTo(span) <= 0) {
                return calendar.plus(period.startedAt(), left);
            }
            left = left.minus(span);
        }
        return from;
    }

    /**
     * The level this running clock has newly reached since the last alert, if any, remembering it so that it is
     * never alerted twice. Levels skipped between two evaluations are not alerted one by one: the highest counts.
     */
    public java.util.Optional<SlaState> escalate(WorkCalendar calendar, Instant now) {
        if (!isRunning()) {
            return java.util.Optional.empty();
        }
        SlaState state = state(calendar, now);
        if (state == SlaState.ON_TIME || (notifiedLevel != null && state.compareTo(notifiedLevel) <= 0)) {
            return java.util.Optional.empty();
        }
        notifiedLevel = state;
        return java.util.Optional.of(state);
    }

    public SlaState state(WorkCalendar calendar, Instant now) {
        return SlaState.of(used(calendar, now).toSeconds(), targetSeconds);
    }

    /** Null while not stopped; once stopped, whether it stopped within its target. */
    public Boolean met(WorkCalendar calendar) {
        return stoppedAt == null ? null : used(calendar, stoppedAt).compareTo(target()) <= 0;
    }

    /** The periods it ran, oldest first, as [start, end) pairs (end null while running): the page explains them. */
    public List<Instant[]> periods() {
        return periods.stream().map(p -> new Instant[] {p.startedAt(), p.endedAt()}).toList();
    }

    private ClockPeriod last() {
        return periods.get(periods.size() - 1);
    }

    public Long id() {
        return id;
    }

    public Long ticketProtocol() {
        return ticketProtocol;
    }

    public SlaClockKind kind() {
        return kind;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public Long ruleId() {
        return ruleId;
    }

    public WorkShift shift() {
        return shift;
    }

    public boolean pausesOnReply() {
        return pauseOnReply;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public SlaState notifiedLevel() {
        return notifiedLevel;
    }
}
