package dev.helpdesk.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the refusals of a form checked field by field before anything changes, so that people see every wrong
 * field at once: {@link #throwIfAny()} throws the first, carrying the others.
 */
public final class InputChecks {

    private final List<InvalidInputException> problems = new ArrayList<>();

    /** The value {@code check} gives, or null when it refuses it (the refusal is kept). */
    public <T> T value(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            problems.add(e);
            return null;
        }
    }

    public void refuse(InvalidInputException problem) {
        problems.add(problem);
    }

    /** A place in a list, 1 the first; null is "unchanged". */
    public void position(String field, Integer position) {
        if (position != null && position < 1) {
            problems.add(new InvalidInputException(field, "validation.position"));
        }
    }

    public void throwIfAny() {
        InvalidInputException refusal = InvalidInputException.of(problems);
        if (refusal != null) {
            throw refusal;
        }
    }
}
