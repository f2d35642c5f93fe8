package dev.helpdesk.sla.domain;

/**
 * What an SLA rule sets: the first-response time, the deadline, the priority of new tickets, the hours contracted
 * per month, or the hourly values worked time is billed at.
 */
public enum SlaRuleKind {
    FIRST_RESPONSE, DEADLINE, PRIORITIZATION, HOURS_CONTRACT, HOURLY_VALUES;

    /** The kind of rule that sets a clock's target. */
    public static SlaRuleKind of(SlaClockKind clock) {
        return clock == SlaClockKind.DEADLINE ? DEADLINE : FIRST_RESPONSE;
    }

    public SlaClockKind clock() {
        return switch (this) {
            case FIRST_RESPONSE -> SlaClockKind.FIRST_RESPONSE;
            case DEADLINE -> SlaClockKind.DEADLINE;
            default -> throw new IllegalStateException(this + " runs no clock");
        };
    }
}
