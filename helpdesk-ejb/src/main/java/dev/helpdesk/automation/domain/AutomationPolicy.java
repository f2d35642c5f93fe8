package dev.helpdesk.automation.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.InactivityPolicy;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * What runs unattended (one row): auto-close of tickets waiting on the customer, and how long before a scheduled
 * start its notice leaves.
 */
@Entity
public class AutomationPolicy {

    public static final long ID = 1L;
    public static final int MAX_NOTICE_MINUTES = 1440;

    @Id
    private Long id;

    private boolean autoCloseEnabled;

    private int autoCloseWarnDays;

    private int autoCloseCloseDays;

    private int scheduleNoticeMinutes;

    private Instant updatedAt;

    @Version
    private long version;

    protected AutomationPolicy() {
    }

    public void change(InactivityPolicy inactivity, int noticeMinutes, Instant now) {
        if (noticeMinutes < 0 || noticeMinutes > MAX_NOTICE_MINUTES) {
            throw new InvalidInputException("scheduleNoticeMinutes", "validation.noticeMinutes");
        }
        this.autoCloseEnabled = inactivity.enabled();
        this.autoCloseWarnDays = inactivity.warnAfterDays();
        this.autoCloseCloseDays = inactivity.closeAfterDays();
        this.scheduleNoticeMinutes = noticeMinutes;
        this.updatedAt = now;
    }

    public InactivityPolicy inactivityPolicy() {
        return new InactivityPolicy(autoCloseEnabled, autoCloseWarnDays, autoCloseCloseDays);
    }

    public Duration scheduleNoticeLead() {
        return Duration.ofMinutes(scheduleNoticeMinutes);
    }
}
