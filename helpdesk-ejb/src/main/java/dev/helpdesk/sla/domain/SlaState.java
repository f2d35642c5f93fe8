package dev.helpdesk.sla.domain;

/**
 * Where a running SLA clock stands: within time, critical (half of the time used), urgent (70 % used), breached;
 * the levels of the reference's alert e-mails.
 */
public enum SlaState {
    ON_TIME, CRITICAL, URGENT, BREACHED;

    static SlaState of(long usedSeconds, long targetSeconds) {
        if (usedSeconds > targetSeconds) {
            return BREACHED;
        }
        if (usedSeconds * 10 >= targetSeconds * 7) {
            return URGENT;
        }
        return usedSeconds * 2 >= targetSeconds ? CRITICAL : ON_TIME;
    }
}
