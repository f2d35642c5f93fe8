package dev.helpdesk.automation.application;

import java.io.Serializable;

/**
 * What runs unattended: auto-close of tickets waiting on the customer (warning after {@code autoCloseWarnDays}, close
 * {@code autoCloseCloseDays} after the warning) and the lead time of scheduled-ticket notices.
 */
public record AutomationSettings(boolean autoCloseEnabled, int autoCloseWarnDays, int autoCloseCloseDays,
                                 int scheduleNoticeMinutes) implements Serializable {
}
