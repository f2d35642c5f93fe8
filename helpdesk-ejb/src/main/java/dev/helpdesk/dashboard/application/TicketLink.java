package dev.helpdesk.dashboard.application;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ticket list's filter that shows the tickets a number counts, as the list's URL parameters ({@code view},
 * {@code state}, {@code situation}, {@code department}, {@code agent}, {@code from}, {@code to}, {@code sla},
 * {@code scheduled}…): the list counts the same tickets under the same conditions.
 */
public record TicketLink(Map<String, String> parameters) implements Serializable {

    public TicketLink {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** From name, value pairs, in order. */
    public static TicketLink of(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new TicketLink(parameters);
    }

    /** The query string, e.g. {@code state=OPEN&department=3}. */
    public String query() {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
