package dev.helpdesk.web.sla.panel;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.sla.application.ShiftView;
import dev.helpdesk.sla.application.SlaSettingsService;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Management › SLA, work shifts: hours per weekday, typed as "08:00-12:00, 13:00-18:00".
 */
@Named
@ViewScoped
public class ShiftsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SlaSettingsService sla;

    private List<ShiftView> shifts;
    private Long shiftId;
    private String shiftName;
    private Map<DayOfWeek, String> shiftHours = new EnumMap<>(DayOfWeek.class);

    @PostConstruct
    void load() {
        shifts = sla.shifts();
        clearShift();
    }

    public void editShift(ShiftView shift) {
        shiftId = shift.id();
        shiftName = shift.name();
        shiftHours = new EnumMap<>(DayOfWeek.class);
        shift.hours().forEach((day, hours) -> shiftHours.put(DayOfWeek.valueOf(day), hours.stream()
                .map(h -> h.start() + "-" + h.end()).collect(Collectors.joining(", "))));
    }

    public void clearShift() {
        shiftId = null;
        shiftName = null;
        shiftHours = new EnumMap<>(DayOfWeek.class);
    }

    public void saveShift() {
        try {
            Map<String, List<ShiftView.Hours>> hours = parsedHours();
            if (shiftId == null) {
                sla.createShift(shiftName, hours);
            } else {
                sla.changeShift(shiftId, shiftName, hours);
            }
        } catch (InvalidInputException e) {
            Messages.fieldError("shiftForm", e);
            return;
        }
        Messages.info("admin.saved");
        shifts = sla.shifts();
        clearShift();
    }

    /** "08:00-12:00, 13:00-18:00" per day; a day left empty has no hours. */
    private Map<String, List<ShiftView.Hours>> parsedHours() {
        Map<String, List<ShiftView.Hours>> hours = new LinkedHashMap<>();
        shiftHours.forEach((day, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            List<ShiftView.Hours> ranges = new ArrayList<>();
            for (String range : text.split(",")) {
                String[] ends = range.strip().split("\\s*[-–]\\s*");
                if (ends.length != 2) {
                    throw new InvalidInputException("hours", "validation.sla.time");
                }
                ranges.add(new ShiftView.Hours(ends[0].strip(), ends[1].strip()));
            }
            hours.put(day.name(), ranges);
        });
        return hours;
    }

    public String shiftName(Long id) {
        return id == null ? Messages.text("sla.defaultShift") : shifts.stream().filter(s -> s.id().equals(id))
                .map(ShiftView::name).findFirst().orElse("");
    }

    /** A shift's hours, one day a line: "Mon 08:00–12:00, 13:00–18:00". */
    public String hoursText(ShiftView shift) {
        return shift.hours().entrySet().stream().map(e -> Messages.text("weekday." + e.getKey()) + " "
                + e.getValue().stream().map(h -> h.start() + "–" + ("00:00".equals(h.end()) ? "24:00" : h.end()))
                .collect(Collectors.joining(", "))).collect(Collectors.joining(" · "));
    }

    public List<DayOfWeek> getWeekdays() {
        return Arrays.asList(DayOfWeek.values());
    }

    public List<ShiftView> getShifts() {
        return shifts;
    }

    public boolean isEditingShift() {
        return shiftId != null;
    }

    public String getShiftName() {
        return shiftName;
    }

    public void setShiftName(String shiftName) {
        this.shiftName = shiftName;
    }

    public Map<DayOfWeek, String> getShiftHours() {
        return shiftHours;
    }
}
