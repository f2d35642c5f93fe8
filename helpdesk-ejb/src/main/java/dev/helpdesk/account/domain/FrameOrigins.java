package dev.helpdesk.account.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The company sites that may show the public contact form in a frame: origins ({@code https://www.example.com},
 * {@code http://intranet:8080}, {@code https://*.example.com}), each a scheme, a host and maybe a port, nothing
 * else. They become the {@code frame-ancestors} of the contact page's Content-Security-Policy, so nothing that could
 * end the directive or add another (a quote, a semicolon, a path) is accepted.
 */
public final class FrameOrigins {

    public static final int MAX_ORIGINS = 10;
    public static final int MAX_LENGTH = 1000;
    private static final Pattern ORIGIN = Pattern.compile(
            "https?://(\\*\\.)?[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)*(:[0-9]{1,5})?");

    private FrameOrigins() {
    }

    /**
     * The origins typed (separated by spaces, commas or line breaks) in their stored form, one space between them,
     * lower case, without a trailing slash; null when none. A malformed one names {@code field}.
     */
    public static String normalized(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String part : typed.strip().split("[\\s,]+")) {
            String origin = part.toLowerCase(Locale.ROOT);
            if (origin.endsWith("/")) {
                origin = origin.substring(0, origin.length() - 1);
            }
            if (!ORIGIN.matcher(origin).matches() || !validPort(origin)) {
                throw new InvalidInputException(field, "validation.frameOrigins");
            }
            origins.add(origin);
        }
        String joined = String.join(" ", origins);
        if (origins.size() > MAX_ORIGINS || joined.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "validation.frameOrigins.tooMany");
        }
        return joined;
    }

    /** The {@code frame-ancestors} sources: the help desk itself, then the stored origins. */
    public static String frameAncestors(String stored) {
        return stored == null || stored.isBlank() ? "'self'" : "'self' " + stored;
    }

    private static boolean validPort(String origin) {
        int colon = origin.lastIndexOf(':');
        if (colon <= origin.indexOf("://")) {
            return true;
        }
        int port = Integer.parseInt(origin.substring(colon + 1));
        return port > 0 && port <= 65535;
    }
}
