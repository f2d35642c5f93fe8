package dev.helpdesk.inbound.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of the sender blocklist, without the database. An entry is an address ({@code ana@example.com}),
 * which blocks that address only, or a domain ({@code example.com} or {@code @example.com}), which blocks every
 * address of the domain and of its subdomains ({@code mail.example.com}, {@code x.mail.example.com}): spam comes
 * from throwaway subdomains as often as from the domain itself. Matching ignores case; an address is matched as
 * written, so {@code ana+x@example.com} is not {@code ana@example.com}.
 */
public final class BlockedSenders {

    public static final int MAX_ENTRY_LENGTH = 254;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern LOCAL_PART = Pattern.compile("[^@\\s\"(),:;<>\\[\\]\\\\]{1,64}");

    private BlockedSenders() {
    }

    /**
     * An entry as it is stored: trimmed and in lower case, an address as {@code local@domain} and a domain without
     * its {@code @}. Anything else is refused, naming {@code field}.
     */
    public static String normalize(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "validation.required");
        }
        String entry = raw.strip().toLowerCase(Locale.ROOT);
        if (entry.length() > MAX_ENTRY_LENGTH) {
            throw new InvalidInputException(field, "validation.tooLong");
        }
        if (entry.startsWith("@")) {
            entry = entry.substring(1);
        }
        int at = entry.indexOf('@');
        String domain = at < 0 ? entry : entry.substring(at + 1);
        if (at == 0 || at >= 0 && !LOCAL_PART.matcher(entry.substring(0, at)).matches() || !isDomain(domain)) {
            throw new InvalidInputException(field, "validation.blockedSender");
        }
        return entry;
    }

    /** Whether a stored entry is a whole domain rather than one address. */
    public static boolean isDomain(String entry) {
        if (entry.indexOf('@') >= 0 || entry.length() > 253 || !entry.contains(".")) {
            return false;
        }
        for (String label : entry.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entries any one of which blocks {@code address}: the address itself, its domain and every parent domain
     * of at least two labels ({@code ana@a.b.example.com} → {@code a.b.example.com}, {@code b.example.com},
     * {@code example.com}). The blocklist looks them up in one indexed query.
     */
    public static List<String> entriesBlocking(String address) {
        List<String> entries = new ArrayList<>();
        if (address == null) {
            return entries;
        }
        String lower = address.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at <= 0 || at == lower.length() - 1) {
            return entries;
        }
        entries.add(lower);
        String domain = lower.substring(at + 1);
        while (domain.contains(".")) {
            entries.add(domain);
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return entries;
    }

    /** Whether the entry blocks the address (what {@link #entriesBlocking} finds, for one entry). */
    public static boolean blocks(String entry, String address) {
        return entriesBlocking(address).contains(entry);
    }
}
