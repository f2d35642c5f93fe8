package dev.helpdesk.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A public use that came too often from one client within its window (the contact form, say): refused without
 * writing anything, to be tried again later. The message is a resource-bundle key.
 */
@ApplicationException(rollback = true)
public class ThrottledException extends RuntimeException {

    private final String messageKey;

    public ThrottledException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
