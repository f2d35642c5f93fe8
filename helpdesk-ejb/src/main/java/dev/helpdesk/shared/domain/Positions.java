package dev.helpdesk.shared.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Places in an ordered list of things people arrange by hand (departments, categories, statuses): position 1 is
 * the first. Moving one renumbers the list 1..n, so positions stay whole and distinct whatever they were before.
 */
public final class Positions {

    private Positions() {
    }

    /**
     * {@code ordered} with {@code item} moved to {@code position} (1 the first; beyond the end: the last).
     *
     * @throws InvalidInputException on {@code field} when the position is below 1
     */
    public static <T> List<T> moveTo(List<T> ordered, T item, int position, String field) {
        if (position < 1) {
            throw new InvalidInputException(field, "validation.position");
        }
        List<T> result = new ArrayList<>(ordered);
        if (!result.remove(item)) {
            throw new IllegalArgumentException("Not in the list: " + item);
        }
        result.add(Math.min(position, result.size() + 1) - 1, item);
        return result;
    }

    /** {@code ordered} with {@code item} one place up ({@code delta} -1) or down (+1); at an end it stays. */
    public static <T> List<T> moveBy(List<T> ordered, T item, int delta) {
        int place = ordered.indexOf(item) + 1;
        if (place == 0) {
            throw new IllegalArgumentException("Not in the list: " + item);
        }
        return moveTo(ordered, item, Math.max(1, place + delta), "position");
    }
}
