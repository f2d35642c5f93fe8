package dev.helpdesk.shared.domain;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Input that breaks a rule of the domain. Names the offending field so that the panels can put the message
 * beside it and the API can return it in its error body. The message is a resource-bundle key, with arguments
 * when it names something ("still used by {0}"). A form checked as a whole carries the other wrong fields too
 * ({@link #all()}): the panels show each beside its field, the API names the first.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final Object[] NO_ARGUMENTS = {};

    private final String field;
    private final String messageKey;
    private final String fieldLabel;
    private final Object[] arguments;
    private final List<InvalidInputException> others = new ArrayList<>();

    public InvalidInputException(String field, String messageKey) {
        this(field, messageKey, null);
    }

    /** For fields the account defines itself (custom fields): {@code fieldLabel} is the name people know it by. */
    public InvalidInputException(String field, String messageKey, String fieldLabel) {
        this(field, messageKey, fieldLabel, NO_ARGUMENTS);
    }

    private InvalidInputException(String field, String messageKey, String fieldLabel, Object[] arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.fieldLabel = fieldLabel;
        this.arguments = arguments.clone();
    }

    /** A refusal whose message names something, e.g. what still uses the record: {@code {0}} in the text. */
    public static InvalidInputException withArguments(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(field, messageKey, null, arguments);
    }

    /**
     * The first of {@code problems} carrying the others, or null when there are none: for a service that checks
     * every field of a form before it refuses it.
     */
    public static InvalidInputException of(List<InvalidInputException> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        InvalidInputException first = problems.get(0);
        problems.subList(1, problems.size()).forEach(p -> first.others.addAll(p.all()));
        return first;
    }

    public String field() {
        return field;
    }

    /** The field's own label, or null for the product's fixed fields. */
    public String fieldLabel() {
        return fieldLabel;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message names, in order ({@code {0}}, {@code {1}}…); empty for most. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** This refusal and the other wrong fields found with it. */
    public List<InvalidInputException> all() {
        List<InvalidInputException> all = new ArrayList<>();
        all.add(this);
        all.addAll(others);
        return Collections.unmodifiableList(all);
    }
}
