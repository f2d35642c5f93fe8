package dev.helpdesk.ticket.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The media type of an attachment. When a file arrives, the type its sender declares is checked to be a media
 * type at all ({@code type/subtype} with optional parameters, RFC 9110), so that it can be sent back as a header
 * later. When it is served, the declared type is trusted only for a short list of types a browser shows without
 * running anything of the file's: those are shown in the page, with their plain type; everything else (HTML, SVG,
 * XML, scripts, unknown types) is sent as {@value #DOWNLOAD} to be saved, never rendered.
 */
public final class AttachmentType {

    /** What a file of no declared type, or of a type not shown in the page, is sent as. */
    public static final String DOWNLOAD = "application/octet-stream";

    public static final int MAX_LENGTH = 255;

    /** The types shown in the page. Not SVG (it runs scripts), not HTML or XML. */
    static final Set<String> SHOWN = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/plain");

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[\\t !#-\\[\\]-~]|\\\\[\\t !-~])*\"";
    private static final Pattern MEDIA_TYPE = Pattern.compile("(" + TOKEN + "/" + TOKEN + ")((?:[ \\t]*;[ \\t]*"
            + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))*)[ \\t]*");
    private static final Pattern CHARSET = Pattern.compile(";[ \\t]*charset=\"?(" + TOKEN + ")\"?",
            Pattern.CASE_INSENSITIVE);

    private AttachmentType() {
    }

    /** How a stored attachment is sent: its {@code Content-Type}, and whether the browser may show it in the page. */
    public record Served(String contentType, boolean inline) {
    }

    /**
     * The declared type of an arriving file, trimmed, with its type and subtype in lower case; null or blank is
     * {@value #DOWNLOAD}. Anything that is not a media type is refused, naming {@code attachments}.
     */
    public static String declared(String raw) {
        if (raw == null || raw.isBlank()) {
            return DOWNLOAD;
        }
        String type = raw.strip();
        Matcher matcher = MEDIA_TYPE.matcher(type);
        if (type.length() > MAX_LENGTH || !matcher.matches()) {
            throw new InvalidInputException("attachments", "validation.attachment.contentType");
        }
        return matcher.group(1).toLowerCase(Locale.ROOT) + matcher.group(2);
    }

    /** Whether {@link #declared} accepts {@code raw} (null and blank included). */
    public static boolean isValid(String raw) {
        return raw == null || raw.isBlank() || (raw.strip().length() <= MAX_LENGTH
                && MEDIA_TYPE.matcher(raw.strip()).matches());
    }

    /**
     * How an attachment stored with {@code stored} as its type is sent. A type of the short list is sent as its
     * plain type (text with its declared character set when the server knows it, else UTF-8), to be shown in the
     * page; any other type, or one stored before types were checked that is no media type, is sent as
     * {@value #DOWNLOAD}, to be saved.
     */
    public static Served served(String stored) {
        if (stored == null) {
            return new Served(DOWNLOAD, false);
        }
        Matcher matcher = MEDIA_TYPE.matcher(stored.strip());
        if (!matcher.matches()) {
            return new Served(DOWNLOAD, false);
        }
        String base = matcher.group(1).toLowerCase(Locale.ROOT);
        if (!SHOWN.contains(base)) {
            return new Served(DOWNLOAD, false);
        }
        if (base.equals("text/plain")) {
            return new Served("text/plain; charset=" + charset(matcher.group(2)), true);
        }
        return new Served(base, true);
    }

    private static String charset(String parameters) {
        Matcher matcher = CHARSET.matcher(parameters);
        if (matcher.find()) {
            try {
                if (Charset.isSupported(matcher.group(1))) {
                    return Charset.forName(matcher.group(1)).name();
                }
            } catch (IllegalArgumentException e) {
                // an illegal name: UTF-8 below
            }
        }
        return "UTF-8";
    }
}
