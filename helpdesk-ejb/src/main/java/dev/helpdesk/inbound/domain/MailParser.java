package dev.helpdesk.inbound.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.ticket.domain.AttachmentType;
import dev.helpdesk.ticket.domain.FileUpload;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw message (RFC 5322 / MIME) into a {@link ParsedMail}: the plain-text part where there is one, else the
 * HTML part turned into text; text in whatever charset it declares (one it mislabels or leaves out is read as UTF-8
 * when valid, else Windows-1252); encoded subjects, names and file names decoded. Files are kept wherever they sit,
 * the images of an HTML alternative ({@code multipart/related}, referenced by {@code cid:}) included even when the
 * plain-text alternative is the one read; a file without a name gets one ({@code image-1.png}, {@code
 * attachment.pdf}).
 */
public final class MailParser {

    public static final int MAX_KEY_LENGTH = 300;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,290}>");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> ROBOT_SENDERS = Set.of("mailer-daemon", "postmaster");
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> SUPPRESSED_REPLIES = Set.of("all", "autoreply", "oof");
    private static final Pattern NULL_PATH = Pattern.compile("\\s*<\\s*>\\s*");
    private static final Session SESSION = Session.getInstance(properties());

    private MailParser() {
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.decodeparameters", "true");
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.parameters.strict", "false");
        return properties;
    }

    public static ParsedMail parse(byte[] raw) throws MalformedMailException {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            InternetAddress sender = sender(message);
            InternetAddress customer = firstUsable(message.getReplyTo()).orElse(sender);
            Collected collected = new Collected();
            walk(message, collected, true);
            String text = collected.plain != null ? collected.plain.toString()
                    : collected.html != null ? HtmlText.toText(collected.html.toString()) : "";
            return new ParsedMail(key(message, raw), customer.getAddress().toLowerCase(Locale.ROOT),
                    Inputs.cleanText(customer.getPersonal()), sender.getAddress().toLowerCase(Locale.ROOT),
                    subject(message), normalizeLines(text), collected.attachments,
                    references(message), isAutomatic(message, sender), suppressesAutoReplies(message),
                    SenderAuthentication.parse(message.getHeader("Authentication-Results")));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MalformedMailException("The message cannot be read as MIME: " + e, e);
        }
    }

    /** The digest that stands for a message without a usable Message-ID. */
    public static String digestKey(byte[] raw) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(MimeMessage message, byte[] raw) throws MessagingException {
        String id = message.getMessageID();
        if (id != null) {
            Matcher matcher = MESSAGE_ID.matcher(id.strip());
            if (matcher.find() && matcher.group().length() <= MAX_KEY_LENGTH) {
                return matcher.group();
            }
        }
        return digestKey(raw);
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException, MalformedMailException {
        return firstUsable(message.getFrom())
                .orElseThrow(() -> new MalformedMailException("The message has no usable sender address"));
    }

    /**
     * The first well-formed address of a header. Reply-To, when it has one, names the person a system wrote on
     * behalf of (a form, a monitoring tool), and is who the ticket is for and who the answers go to; the robot
     * check still reads From.
     */
    private static Optional<InternetAddress> firstUsable(Address[] addresses) {
        if (addresses != null) {
            for (Address address : addresses) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null
                        && internet.getAddress().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    return Optional.of(internet);
                }
            }
        }
        return Optional.empty();
    }

    private static String subject(MimeMessage message) throws MessagingException {
        String subject = message.getSubject();
        return subject == null ? "" : Inputs.cleanText(subject.replaceAll("[\\r\\n\\t]+", " ")).strip();
    }

    private static List<String> references(MimeMessage message) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String value = message.getHeader(header, " ");
            if (value != null) {
                Matcher matcher = MESSAGE_ID.matcher(value);
                while (matcher.find()) {
                    if (!ids.contains(matcher.group())) {
                        ids.add(matcher.group());
                    }
                }
            }
        }
        return ids;
    }

    /**
     * Out-of-office replies, bounces and list mail (RFC 3834 and the headers mail programs use instead): an {@code
     * Auto-Submitted} other than {@code no} (its parameters and comments aside), a bulk or list {@code Precedence},
     * a null reverse path ({@code Return-Path: <>}, which RFC 5321 gives to bounces and other notifications), a
     * sender such as MAILER-DAEMON, or a delivery report ({@code multipart/report}).
     */
    private static boolean isAutomatic(MimeMessage message, InternetAddress sender) throws MessagingException {
        String autoSubmitted = message.getHeader("Auto-Submitted", null);
        if (autoSubmitted != null && !firstToken(autoSubmitted).equals("no")) {
            return true;
        }
        String precedence = message.getHeader("Precedence", null);
        if (precedence != null && BULK_PRECEDENCE.contains(firstToken(precedence))) {
            return true;
        }
        if (message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null
                || message.getHeader("List-Id") != null) {
            return true;
        }
        String[] returnPaths = message.getHeader("Return-Path");
        if (returnPaths != null && Arrays.stream(returnPaths).anyMatch(path -> NULL_PATH.matcher(path).matches())) {
            return true;
        }
        String local = sender.getAddress().substring(0, sender.getAddress().indexOf('@')).toLowerCase(Locale.ROOT);
        return ROBOT_SENDERS.contains(local) || message.isMimeType("multipart/report");
    }

    /**
     * Whether the sender asks not to be answered automatically: Exchange's {@code X-Auto-Response-Suppress} with
     * {@code All}, {@code AutoReply} or {@code OOF}. Such a mail is taken in as usual; only the confirmation is not
     * sent.
     */
    private static boolean suppressesAutoReplies(MimeMessage message) throws MessagingException {
        String suppress = message.getHeader("X-Auto-Response-Suppress", ",");
        if (suppress == null) {
            return false;
        }
        return Arrays.stream(suppress.split("[,\\s]+")).map(token -> token.toLowerCase(Locale.ROOT))
                .anyMatch(SUPPRESSED_REPLIES::contains);
    }

    /** The keyword a header value starts with, lower case: "auto-replied" of "Auto-Replied; owner=x (comment)". */
    private static String firstToken(String value) {
        String token = value.strip();
        int end = 0;
        while (end < token.length() && token.charAt(end) != ';' && token.charAt(end) != '('
                && !Character.isWhitespace(token.charAt(end))) {
            end++;
        }
        return token.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Collects the text (when {@code wantText}) and the files of a part. Of a {@code multipart/alternative} the
     * best alternative gives the text; the others give only their files (the inline images of the HTML version
     * when the plain text is read), so that no image a mail shows is lost.
     */
    private static void walk(Part part, Collected collected, boolean wantText)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            Part best = wantText ? bestAlternative(alternatives) : null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart alternative = alternatives.getBodyPart(i);
                walk(alternative, collected, alternative == best);
            }
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), collected, wantText);
            }
            return;
        }
        String fileName = fileName(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null
                || part.isMimeType("message/rfc822");
        if (!attachment && part.isMimeType("text/plain")) {
            if (wantText) {
                collected.plain = append(collected.plain, text(part));
            }
        } else if (!attachment && part.isMimeType("text/html")) {
            if (wantText) {
                collected.html = append(collected.html, text(part));
            }
        } else if (attachment || !part.isMimeType("text/*")) {
            collected.attachments.add(new FileUpload(fileName == null ? collected.unnamed(part) : fileName,
                    baseType(part), part.getInputStream().readAllBytes()));
        }
    }

    /** The plain-text alternative when it has text, else the last one (the richest, by RFC 2046). */
    private static Part bestAlternative(Multipart alternatives) throws MessagingException, IOException {
        BodyPart best = null;
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart candidate = alternatives.getBodyPart(i);
            if (candidate.isMimeType("text/plain") && !text(candidate).isBlank()) {
                return candidate;
            }
            best = candidate;
        }
        if (best == null) {
            throw new MessagingException("An empty multipart/alternative");
        }
        return best;
    }

    private static StringBuilder append(StringBuilder builder, String text) {
        if (builder == null) {
            return new StringBuilder(text);
        }
        return builder.append("\n\n").append(text);
    }

    private static String fileName(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (ParseException e) {
            name = null;
        }
        if (name == null) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (IOException e) {
            // left as the message wrote it
        }
        name = Inputs.cleanText(name).strip();
        return name.isEmpty() ? null : name;
    }

    /**
     * The name of a file the mail gives none: {@code image-1.png}, {@code image-2.jpg}… for images (pasted or inline
     * ones, numbered in the mail's order), {@code message.eml} for a forwarded message, else {@code attachment}
     * with the subtype as extension.
     */
    static String unnamed(String baseType, int imageNumber) {
        if (baseType.equals("message/rfc822")) {
            return "message.eml";
        }
        String subtype = baseType.substring(baseType.indexOf('/') + 1);
        String extension = switch (subtype) {
            case "jpeg", "pjpeg" -> "jpg";
            case "svg+xml" -> "svg";
            case "octet-stream" -> "";
            default -> subtype.replaceAll("[^a-z0-9]", "");
        };
        String stem = baseType.startsWith("image/") ? "image-" + imageNumber : "attachment";
        return stem + (extension.isEmpty() ? "" : "." + extension);
    }

    private static String baseType(Part part) {
        try {
            String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            return AttachmentType.isValid(type) ? type : AttachmentType.DOWNLOAD;
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        String charset = null;
        try {
            charset = new ContentType(part.getContentType()).getParameter("charset");
        } catch (ParseException e) {
            // no usable charset label: guessed below
        }
        return decode(part.getInputStream().readAllBytes(), charset);
    }

    /**
     * Text in its declared charset. ISO-8859-1 labels are read as Windows-1252, its superset, as mail programs
     * mean it; a missing or unknown label is read as UTF-8 when the bytes are valid UTF-8, else as Windows-1252.
     */
    static String decode(byte[] bytes, String charsetLabel) {
        Charset declared = charset(charsetLabel);
        if (declared != null && !declared.equals(StandardCharsets.US_ASCII)) {
            return new String(bytes, declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(label.strip()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String normalizeLines(String text) {
        return Inputs.cleanText(text.replace("\r\n", "\n").replace('\r', '\n')).strip();
    }

    private static final class Collected {
        private StringBuilder plain;
        private StringBuilder html;
        private final List<FileUpload> attachments = new ArrayList<>();
        private int unnamedImages;

        String unnamed(Part part) {
            String type = baseType(part);
            if (type.startsWith("image/")) {
                unnamedImages++;
            }
            return MailParser.unnamed(type, unnamedImages);
        }
    }
}
