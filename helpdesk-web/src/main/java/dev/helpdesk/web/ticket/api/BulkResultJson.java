package dev.helpdesk.web.ticket.api;

import dev.helpdesk.ticket.application.BulkResult;
import dev.helpdesk.web.common.api.ErrorMessages;
import java.util.Locale;

/** What a bulk change did to one ticket; a refusal names the field and says why in the caller's language. */
public record BulkResultJson(long protocol, boolean done, String field, String message) {

    static BulkResultJson of(BulkResult result, Locale locale) {
        return new BulkResultJson(result.protocol(), result.done(), result.field(),
                result.done() ? null : ErrorMessages.text(result.messageKey(), locale));
    }
}
