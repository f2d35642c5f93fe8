package dev.helpdesk.web.sla.panel;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.sla.application.HolidayView;
import dev.helpdesk.sla.application.SlaSettingsService;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Management › SLA, holidays: whole days or some hours of one, once or every year.
 */
@Named
@ViewScoped
public class HolidaysAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SlaSettingsService sla;

    private List<HolidayView> holidays;
    private String holidayName;
    private LocalDate holidayDate;
    private boolean holidayYearly;
    private String holidayFrom;
    private String holidayUntil;

    @PostConstruct
    void load() {
        holidays = sla.holidays();
    }

    public void addHoliday() {
        try {
            sla.createHoliday(holidayName, holidayDate, holidayYearly, blankToNull(holidayFrom),
                    blankToNull(holidayUntil));
        } catch (InvalidInputException e) {
            Messages.fieldError("holidayForm", e);
            return;
        }
        Messages.info("admin.saved");
        holidays = sla.holidays();
        holidayName = null;
        holidayDate = null;
        holidayYearly = false;
        holidayFrom = null;
        holidayUntil = null;
    }

    public void deleteHoliday(HolidayView holiday) {
        sla.deleteHoliday(holiday.id());
        holidays = sla.holidays();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<HolidayView> getHolidays() {
        return holidays;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }

    public LocalDate getHolidayDate() {
        return holidayDate;
    }

    public void setHolidayDate(LocalDate holidayDate) {
        this.holidayDate = holidayDate;
    }

    public boolean isHolidayYearly() {
        return holidayYearly;
    }

    public void setHolidayYearly(boolean holidayYearly) {
        this.holidayYearly = holidayYearly;
    }

    public String getHolidayFrom() {
        return holidayFrom;
    }

    public void setHolidayFrom(String holidayFrom) {
        this.holidayFrom = holidayFrom;
    }

    public String getHolidayUntil() {
        return holidayUntil;
    }

    public void setHolidayUntil(String holidayUntil) {
        this.holidayUntil = holidayUntil;
    }
}
