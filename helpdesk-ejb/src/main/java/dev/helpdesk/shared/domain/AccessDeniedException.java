package dev.helpdesk.shared.domain;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not perform this operation. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
