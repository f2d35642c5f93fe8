package dev.helpdesk.directory.domain;

import java.util.Locale;

/**
 * Names of the customer's personal data a permission group may grant: the e-mail, the phone and each custom field
 * of the customer record ({@code FIELD:<id>}). The name is always shown; without the grant the rest is masked.
 */
public final class CustomerData {

    public static final String EMAIL = "EMAIL";
    public static final String PHONE = "PHONE";
    private static final String FIELD_PREFIX = "FIELD:";

    private CustomerData() {
    }

    public static String field(long customFieldId) {
        return FIELD_PREFIX + customFieldId;
    }

    /** The canonical form of an item, or null when it names nothing a group can grant. */
    public static String parse(String item) {
        if (item == null) {
            return null;
        }
        String upper = item.strip().toUpperCase(Locale.ROOT);
        if (upper.equals(EMAIL) || upper.equals(PHONE)) {
            return upper;
        }
        if (upper.startsWith(FIELD_PREFIX) && upper.substring(FIELD_PREFIX.length()).matches("\\d{1,18}")) {
            return field(Long.parseLong(upper.substring(FIELD_PREFIX.length())));
        }
        return null;
    }
}
