package dev.helpdesk.web.sla.api;

import dev.helpdesk.sla.application.ShiftView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A work shift with its hours by weekday as the API shows it. */
public record ShiftJson(Long id, String name, boolean defaultShift, Map<String, List<Hours>> hours) {

    /** One range of a weekday's hours as the API shows it. */
    public record Hours(String start, String end) {

        static Hours of(ShiftView.Hours v) {
            return new Hours(v.start(), v.end());
        }
    }

    static ShiftJson of(ShiftView v) {
        Map<String, List<Hours>> hours = null;
        if (v.hours() != null) {
            hours = new LinkedHashMap<>();
            for (Map.Entry<String, List<ShiftView.Hours>> day : v.hours().entrySet()) {
                hours.put(day.getKey(),
                        day.getValue() == null ? null : day.getValue().stream().map(Hours::of).toList());
            }
        }
        return new ShiftJson(v.id(), v.name(), v.defaultShift(), hours);
    }
}
