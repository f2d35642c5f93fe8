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

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
