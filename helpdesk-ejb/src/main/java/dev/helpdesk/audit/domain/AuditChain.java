package dev.helpdesk.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain of the audit log: each entry's hash covers its content and the previous entry's hash, so editing
 * an entry, removing one or changing their order breaks every hash from there on. Pure: the application writes
 * with it, and the verify command (and the API) read the table back through it.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of an entry whose predecessor's hash is {@code previousHash}. */
    public static String hash(AuditRecord record, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {String.valueOf(record.seq()), timestamp(record.at()).toString(),
                record.actor(), record.address(), record.action(), record.objectType(), record.objectId(),
                record.before(), record.after(), previousHash}) {
            // length-prefixed, so no two different entries read the same
            canonical.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field)
                    .append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Times as both databases keep them: to the microsecond. */
    public static Instant timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Checks entries read in order of their numbers, starting from the first: empty when the chain holds, else
     * the number of the first entry that does not follow (edited, or its predecessor removed or edited).
     */
    public static Optional<Long> firstBroken(List<AuditRecord> entries) {
        Verifier verifier = new Verifier();
        entries.forEach(verifier::next);
        return verifier.firstBroken();
    }

    /** Follows the chain one entry at a time, so a long log is checked without holding it in memory. */
    public static final class Verifier {

        private String previous = GENESIS;
        private long expected = 1;
        private Long broken;

        public void next(AuditRecord entry) {
            if (broken != null) {
                return;
            }
            if (entry.seq() != expected) {
                broken = expected;
            } else if (!entry.previousHash().equals(previous) || !hash(entry, previous).equals(entry.hash())) {
                broken = entry.seq();
            } else {
                previous = entry.hash();
                expected++;
            }
        }

        /** After the last entry: whether the chain ends where the head says it does. */
        public void end(long headSeq, String headHash) {
            if (broken == null && (expected - 1 != headSeq || !previous.equals(headHash))) {
                broken = Math.min(expected, headSeq + 1);
            }
        }

        public Optional<Long> firstBroken() {
            return Optional.ofNullable(broken);
        }

        public long checked() {
            return expected - 1;
        }
    }
}
