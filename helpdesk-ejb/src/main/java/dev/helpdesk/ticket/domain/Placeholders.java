package dev.helpdesk.ticket.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in a text. Unknown placeholders are left as written, so a typo shows instead of
 * silently vanishing; values are inserted literally, never interpreted again.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_.]*)}");

    private Placeholders() {
    }

    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
