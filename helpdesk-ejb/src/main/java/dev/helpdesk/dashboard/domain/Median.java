package dev.helpdesk.dashboard.domain;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The median of values given as how many times each occurs (a query groups by value, so millions of durations
 * arrive as a few thousand pairs): the middle value, or the mean of the two middle ones for an even count.
 */
public final class Median {

    private Median() {
    }

    /** Null when there is no value at all; values counted zero times are ignored. */
    public static Double of(Map<Long, Long> countsByValue) {
        SortedMap<Long, Long> sorted = new TreeMap<>();
        countsByValue.forEach((value, count) -> {
            if (value != null && count != null && count > 0) {
                sorted.merge(value, count, Long::sum);
            }
        });
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long lower = (total - 1) / 2;
        long upper = total / 2;
        Long lowerValue = null;
        long seen = 0;
        for (Map.Entry<Long, Long> entry : sorted.entrySet()) {
            long last = seen + entry.getValue() - 1;
            if (lowerValue == null && lower <= last) {
                lowerValue = entry.getKey();
            }
            if (upper <= last) {
                return (lowerValue + entry.getKey()) / 2.0;
            }
            seen = last + 1;
        }
        throw new IllegalStateException("unreachable: the upper middle lies within the total");
    }
}
