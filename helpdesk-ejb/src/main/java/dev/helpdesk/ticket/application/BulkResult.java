package dev.helpdesk.ticket.application;

import java.io.Serializable;

/**
 * What a bulk change did to one ticket: done, or refused with the reason a single change would have shown
 * ({@code field} and {@code messageKey}, as in an input error).
 */
public record BulkResult(long protocol, boolean done, String field, String messageKey) implements Serializable {

    static BulkResult done(long protocol) {
        return new BulkResult(protocol, true, null, null);
    }

    static BulkResult refused(long protocol, String field, String messageKey) {
        return new BulkResult(protocol, false, field, messageKey);
    }
}
