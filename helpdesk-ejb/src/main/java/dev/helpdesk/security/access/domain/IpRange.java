package dev.helpdesk.security.access.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPv4 addresses an access rule names: one address ({@code 10.0.0.5}), a CIDR block ({@code 10.0.0.0/24}) or a
 * from–to range ({@code 10.0.0.1-10.0.0.50}), bounds included.
 */
public record IpRange(long first, long last, String text) {

    private static final Pattern ADDRESS = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /** Reads a rule as an administrator writes it; {@code field} names the input for the error. */
    public static IpRange parse(String field, String rule) {
        String text = rule.strip();
        int slash = text.indexOf('/');
        int dash = text.indexOf('-');
        if (slash > 0) {
            long base = address(field, text.substring(0, slash));
            int bits = prefix(field, text.substring(slash + 1));
            long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            return new IpRange(base & mask, (base & mask) | (~mask & 0xFFFFFFFFL), text);
        }
        if (dash > 0) {
            long from = address(field, text.substring(0, dash));
            long to = address(field, text.substring(dash + 1));
            if (to < from) {
                throw new InvalidInputException(field, "validation.ipRange");
            }
            return new IpRange(from, to, text);
        }
        long single = address(field, text);
        return new IpRange(single, single, text);
    }

    /** The address as a number, or -1 when it is not an IPv4 address (an IPv6 client never matches). */
    public static long valueOf(String address) {
        Matcher matcher = ADDRESS.matcher(address == null ? "" : address.strip());
        if (!matcher.matches()) {
            return -1;
        }
        long value = 0;
        for (int i = 1; i <= 4; i++) {
            int part = Integer.parseInt(matcher.group(i));
            if (part > 255) {
                return -1;
            }
            value = (value << 8) | part;
        }
        return value;
    }

    public boolean contains(String address) {
        long value = valueOf(address);
        return value >= first && value <= last;
    }

    private static long address(String field, String text) {
        long value = valueOf(text);
        if (value < 0) {
            throw new InvalidInputException(field, "validation.ipRange");
        }
        return value;
    }

    private static int prefix(String field, String text) {
        try {
            int bits = Integer.parseInt(text.strip());
            if (bits >= 0 && bits <= 32) {
                return bits;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(field, "validation.ipRange");
    }
}
