package dev.helpdesk.web.automation.api;

import dev.helpdesk.automation.application.AutomationSettings;

/** Auto-close and scheduled-ticket notice settings as the API shows them. */
public record AutomationSettingsJson(boolean autoCloseEnabled, int autoCloseWarnDays, int autoCloseCloseDays,
                                     int scheduleNoticeMinutes) {

    static AutomationSettingsJson of(AutomationSettings v) {
        return new AutomationSettingsJson(v.autoCloseEnabled(), v.autoCloseWarnDays(), v.autoCloseCloseDays(),
                v.scheduleNoticeMinutes());
    }
}
