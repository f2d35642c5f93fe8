package dev.helpdesk.inbound.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What receiving mail servers found of a message's sender, from its {@code Authentication-Results} headers (RFC
 * 8601): the SPF, DKIM and DMARC results, each with the server that wrote it. A sender can write such headers too,
 * so only a failure counts (a forged "pass" gains nothing); with the receiving server named, only its own count.
 */
public record SenderAuthentication(List<Result> results) {

    public record Result(String server, String method, String outcome) {
    }

    private static final Set<String> METHODS = Set.of("spf", "dkim", "dmarc");
    private static final Pattern RESULT = Pattern.compile("^\\s*([a-z0-9-]+)\\s*=\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);

    public SenderAuthentication {
        results = List.copyOf(results);
    }

    public static SenderAuthentication parse(String[] headers) {
        List<Result> results = new ArrayList<>();
        for (String header : headers == null ? new String[0] : headers) {
            String[] parts = withoutComments(header).split(";");
            String server = parts[0].strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            for (int i = 1; i < parts.length; i++) {
                Matcher matcher = RESULT.matcher(parts[i]);
                if (matcher.find() && METHODS.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                    results.add(new Result(server, matcher.group(1).toLowerCase(Locale.ROOT),
                            matcher.group(2).toLowerCase(Locale.ROOT)));
                }
            }
        }
        return new SenderAuthentication(results);
    }

    /** Whether SPF, DKIM or DMARC failed, as the given receiving server (or any, when none is named) found. */
    public boolean failed(Optional<String> receivingServer) {
        return results.stream()
                .filter(result -> receivingServer.map(server -> server.equalsIgnoreCase(result.server()))
                        .orElse(true))
                .anyMatch(result -> result.outcome().equals("fail"));
    }

    private static String withoutComments(String header) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (char c : header.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
