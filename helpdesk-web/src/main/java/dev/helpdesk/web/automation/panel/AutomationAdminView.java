package dev.helpdesk.web.automation.panel;

import dev.helpdesk.automation.application.AutomationSettings;
import dev.helpdesk.automation.application.AutomationSettingsService;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Management > Account settings, automation: auto-close of inactive tickets and scheduled-ticket notices. */
@Named
@ViewScoped
public class AutomationAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AutomationSettingsService automation;

    private Form settings;

    /** The form's values; records are read-only, and the inputs need setters. */
    public static final class Form implements Serializable {

        private static final long serialVersionUID = 1L;
        private boolean autoCloseEnabled;
        private int autoCloseWarnDays;
        private int autoCloseCloseDays;
        private int scheduleNoticeMinutes;

        public boolean isAutoCloseEnabled() {
            return autoCloseEnabled;
        }

        public void setAutoCloseEnabled(boolean autoCloseEnabled) {
            this.autoCloseEnabled = autoCloseEnabled;
        }

        public int getAutoCloseWarnDays() {
            return autoCloseWarnDays;
        }

        public void setAutoCloseWarnDays(int autoCloseWarnDays) {
            this.autoCloseWarnDays = autoCloseWarnDays;
        }

        public int getAutoCloseCloseDays() {
            return autoCloseCloseDays;
        }

        public void setAutoCloseCloseDays(int autoCloseCloseDays) {
            this.autoCloseCloseDays = autoCloseCloseDays;
        }

        public int getScheduleNoticeMinutes() {
            return scheduleNoticeMinutes;
        }

        public void setScheduleNoticeMinutes(int scheduleNoticeMinutes) {
            this.scheduleNoticeMinutes = scheduleNoticeMinutes;
        }
    }

    @PostConstruct
    void load() {
        AutomationSettings current = automation.automation();
        settings = new Form();
        settings.autoCloseEnabled = current.autoCloseEnabled();
        settings.autoCloseWarnDays = current.autoCloseWarnDays();
        settings.autoCloseCloseDays = current.autoCloseCloseDays();
        settings.scheduleNoticeMinutes = current.scheduleNoticeMinutes();
    }

    public void save() {
        try {
            automation.changeAutomation(new AutomationSettings(settings.autoCloseEnabled,
                    settings.autoCloseWarnDays, settings.autoCloseCloseDays, settings.scheduleNoticeMinutes));
        } catch (InvalidInputException e) {
            Messages.fieldError("automationForm", e);
            return;
        }
        Messages.info("admin.saved");
        load();
    }

    public Form getSettings() {
        return settings;
    }
}
