package dev.helpdesk.mail.domain;

import dev.helpdesk.shared.domain.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the help desk's mails name their ticket so that a reply can be trusted to belong to it: the subject carries
 * "[#1234-k7f2m9qx]" and the thread headers {@code <ticket-1234.…@helpdesk>}, both with a code only the server's key
 * makes. Protocol numbers run in order, so a bare "[#1234]" (or a thread id without its code) proves nothing: anyone
 * can write it.
 */
public final class TicketMailTag {

    private static final String PURPOSE = "ticket-mail";
    private static final int SUBJECT_CODE = 8;
    private static final int THREAD_CODE = 16;
    private static final Pattern SIGNED = Pattern.compile("\\[#(\\d{1,18})-([a-z2-7]{" + SUBJECT_CODE + "})]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY = Pattern.compile("\\[#(\\d{1,18})(?:-[a-z2-7]*)?]", Pattern.CASE_INSENSITIVE);
    private static final Pattern THREAD = Pattern.compile("<ticket-(\\d{1,18})\\.([a-z2-7]{" + THREAD_CODE
            + "})@helpdesk>");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final SecretBox box;

    public TicketMailTag(SecretBox box) {
        this.box = box;
    }

    /** The subject or text with every bare "[#protocol]" of this ticket given its code. */
    public String signed(String text, long protocol) {
        return text == null ? null : text.replace("[#" + protocol + "]", subjectTag(protocol));
    }

    public String subjectTag(long protocol) {
        return "[#" + protocol + "-" + code(protocol, SUBJECT_CODE) + "]";
    }

    /** The id of the ticket's thread, for In-Reply-To and References. */
    public String threadId(long protocol) {
        return "<ticket-" + protocol + "." + code(protocol, THREAD_CODE) + "@helpdesk>";
    }

    /** The ticket a subject names with a valid code. */
    public Optional<Long> signedInSubject(String subject) {
        Matcher matcher = SIGNED.matcher(subject == null ? "" : subject);
        while (matcher.find()) {
            long protocol = Long.parseLong(matcher.group(1));
            if (matches(matcher.group(2), code(protocol, SUBJECT_CODE))) {
                return Optional.of(protocol);
            }
        }
        return Optional.empty();
    }

    /** The ticket the thread headers name with a valid code. */
    public Optional<Long> signedInThread(List<String> references) {
        for (String reference : references) {
            Matcher matcher = THREAD.matcher(reference);
            if (matcher.matches()) {
                long protocol = Long.parseLong(matcher.group(1));
                if (matches(matcher.group(2), code(protocol, THREAD_CODE))) {
                    return Optional.of(protocol);
                }
            }
        }
        return Optional.empty();
    }

    /** The ticket a subject names without a valid code: "[#1234]", or "[#1234-…]" with a wrong one. */
    public Optional<Long> unsignedInSubject(String subject) {
        Matcher matcher = ANY.matcher(subject == null ? "" : subject);
        return matcher.find() && signedInSubject(subject).isEmpty()
                ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private String code(long protocol, int length) {
        byte[] mac = box.sign(PURPOSE, Long.toString(protocol));
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // five bits per character, read across the bytes
            int bit = i * 5;
            int value = ((mac[bit / 8] & 0xff) << 8 | (mac[bit / 8 + 1] & 0xff)) >> (11 - bit % 8) & 0x1f;
            code.append(BASE32[value]);
        }
        return code.toString();
    }

    private static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }
}
