package dev.helpdesk.dashboard.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The days the period widgets count over: the last 7, 30 or 90, today included, one bucket per day. */
public enum ReportPeriod {
    DAYS_7(7), DAYS_30(30), DAYS_90(90);

    private final int days;

    ReportPeriod(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    public static ReportPeriod ofDays(int days) {
        return Arrays.stream(values()).filter(p -> p.days == days).findFirst()
                .orElseThrow(() -> new InvalidInputException("period", "validation.dashboard.period"));
    }

    /** The first day of the period that ends today. */
    public LocalDate firstDay(LocalDate today) {
        return today.minusDays(days - 1L);
    }

    /** Every day of the period, oldest first. */
    public List<LocalDate> days(LocalDate today) {
        List<LocalDate> result = new ArrayList<>(days);
        for (LocalDate day = firstDay(today); !day.isAfter(today); day = day.plusDays(1)) {
            result.add(day);
        }
        return List.copyOf(result);
    }

    /** The count of each day of the period, oldest first; a day without any counts zero. */
    public List<Long> perDay(LocalDate today, Map<LocalDate, Long> counts) {
        return days(today).stream().map(day -> counts.getOrDefault(day, 0L)).toList();
    }
}
