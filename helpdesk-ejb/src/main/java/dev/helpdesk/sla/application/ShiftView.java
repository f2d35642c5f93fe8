package dev.helpdesk.sla.application;

import dev.helpdesk.calendar.domain.WorkShift;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A work shift with its hours by weekday ({@code MONDAY} … {@code SUNDAY}; "08:00"–"12:00", an end of "00:00" is
 * midnight).
 */
public record ShiftView(Long id, String name, boolean defaultShift, Map<String, List<Hours>> hours)
        implements Serializable {

    public record Hours(String start, String end) implements Serializable {
    }

    static ShiftView of(WorkShift shift) {
        Map<String, List<Hours>> hours = new LinkedHashMap<>();
        shift.hoursByDay().forEach((day, ranges) -> hours.put(day.name(), ranges.stream()
                .map(r -> new Hours(r.start().toString(), r.end().toString())).toList()));
        return new ShiftView(shift.id(), shift.name(), shift.isDefault(), hours);
    }
}
