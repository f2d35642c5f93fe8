package dev.helpdesk.web.common.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** API error texts, in English, from the same bundle the panels use. */
final class ErrorMessages {

    private ErrorMessages() {
    }

    static String text(String key) {
        try {
            return ResourceBundle.getBundle("dev.helpdesk.web.i18n.messages", Locale.ENGLISH).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
