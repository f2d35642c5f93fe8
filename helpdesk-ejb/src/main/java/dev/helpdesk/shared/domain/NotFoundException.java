package dev.helpdesk.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * The object does not exist, or exists outside the caller's scope: both look the same to the caller, so that
 * nobody learns of a ticket they may not see.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private final String objectType;

    public NotFoundException(String objectType, Object key) {
        super(objectType + " " + key + " not found");
        this.objectType = objectType;
    }

    public String objectType() {
        return objectType;
    }
}
