package dev.helpdesk.security.access.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The addresses a group of users (agents, or customers) may come from; an empty list lets everyone in. Written one
 * rule per line or separated by commas.
 */
public record IpAllowList(List<IpRange> ranges) {

    public static final IpAllowList EVERYONE = new IpAllowList(List.of());

    public IpAllowList {
        ranges = List.copyOf(ranges);
    }

    public static IpAllowList parse(String field, String rules) {
        if (rules == null || rules.isBlank()) {
            return EVERYONE;
        }
        return new IpAllowList(Arrays.stream(rules.split("[,;\\s]+")).filter(r -> !r.isBlank())
                .map(r -> IpRange.parse(field, r)).toList());
    }

    public boolean allows(String address) {
        return ranges.isEmpty() || ranges.stream().anyMatch(r -> r.contains(address));
    }

    /** The rules, one per line, as they are stored. */
    public String text() {
        return String.join("\n", ranges.stream().map(IpRange::text).toList());
    }
}
