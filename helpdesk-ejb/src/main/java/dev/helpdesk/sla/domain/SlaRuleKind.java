package dev.helpdesk.sla.domain;

/** What an SLA rule sets: the first-response time, the deadline, or the priority of new tickets. */
public enum SlaRuleKind {
    FIRST_RESPONSE, DEADLINE, PRIORITIZATION;

    public SlaClockKind clock() {
        return switch (this) {
            case FIRST_RESPONSE -> SlaClockKind.FIRST_RESPONSE;
            case DEADLINE -> SlaClockKind.DEADLINE;
            case PRIORITIZATION -> throw new IllegalStateException("prioritization runs no clock");
        };
    }
}
