package dev.helpdesk.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a rule of the domain. Names the offending field so that the panels can put the message
 * beside it and the API can return it in its error body. The message is a resource-bundle key.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final String fieldLabel;

    public InvalidInputException(String field, String messageKey) {
        this(field, messageKey, null);
    }

    /** For fields the account defines itself (custom fields): {@code fieldLabel} is the name people know it by. */
    public InvalidInputException(String field, String messageKey, String fieldLabel) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.fieldLabel = fieldLabel;
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
}
