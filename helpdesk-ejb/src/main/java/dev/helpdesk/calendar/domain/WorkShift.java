package dev.helpdesk.calendar.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hours SLA time counts in: per weekday, a few ranges (08:00–12:00 and 13:00–18:00, say), in the account's
 * time zone. The account's default SLA shift exists from the start; extra shifts serve rules that name them.
 */
@Entity
public class WorkShift {

    public static final int MAX_NAME_LENGTH = 120;
    /** JPQL for the account's default SLA shift. */
    public static final String DEFAULT_SHIFT = "SELECT s FROM WorkShift s WHERE s.defaultShift = TRUE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "default_shift")
    private boolean defaultShift;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_shift_hours", joinColumns = @JoinColumn(name = "shift_id"))
    private List<ShiftHours> hours = new ArrayList<>();

    @Version
    private long version;

    protected WorkShift() {
    }

    public WorkShift(String name, Map<DayOfWeek, List<TimeRange>> hoursByDay) {
        rename(name);
        changeHours(hoursByDay);
    }

    /** The same ranges on each of the given days. */
    public static WorkShift of(String name, List<DayOfWeek> days, TimeRange... ranges) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> hours.put(day, List.of(ranges)));
        return new WorkShift(name, hours);
    }

    public void rename(String newName) {
        this.name = Inputs.requiredText("name", newName, MAX_NAME_LENGTH);
    }

    /** Replaces the shift's hours; ranges of one day may not overlap. */
    public void changeHours(Map<DayOfWeek, List<TimeRange>> hoursByDay) {
        List<ShiftHours> replaced = new ArrayList<>();
        hoursByDay.forEach((day, ranges) -> sortedWithoutOverlap(ranges)
                .forEach(range -> replaced.add(new ShiftHours(day, range))));
        if (replaced.isEmpty()) {
            throw new InvalidInputException("hours", "validation.sla.noHours");
        }
        hours.clear();
        hours.addAll(replaced);
    }

    private static List<TimeRange> sortedWithoutOverlap(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(TimeRange::startMinute));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new InvalidInputException("hours", "validation.sla.overlap");
            }
        }
        return sorted;
    }

    public List<TimeRange> on(DayOfWeek day) {
        return hours.stream().filter(h -> h.day() == day).map(ShiftHours::range)
                .sorted(Comparator.comparingInt(TimeRange::startMinute)).toList();
    }

    public Map<DayOfWeek, List<TimeRange>> hoursByDay() {
        Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = on(day);
            if (!ranges.isEmpty()) {
                byDay.put(day, ranges);
            }
        }
        return byDay;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isDefault() {
        return defaultShift;
    }
}
