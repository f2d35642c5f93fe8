package dev.helpdesk.ticket.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * The HTML of a reply written in the panels' editor (Quill), reduced to an allow-list: paragraphs, line breaks,
 * bold, italic, underline, strike, headings, lists, quotes, code, links and the images pasted into it. No script,
 * no style or class attribute, no event handler; links only to http, https and mailto, with
 * {@code rel="nofollow noopener"}. Pasted images arrive as {@code data:} URIs: they are taken out into files and the
 * body keeps {@code cid:pasted-N}, which the page and the mail resolve to the reply's N-th file. Quill writes every
 * list as {@code <ol>} with {@code data-list="bullet"} on bullet items; those lists become {@code <ul>}.
 */
public final class RichText {

    public static final int MAX_HTML_LENGTH = 200_000;
    /** How a pasted image is referred to in the stored body: {@code cid:pasted-} and its index among the files. */
    public static final String PASTED_PREFIX = "cid:pasted-";

    private static final Pattern DATA_IMAGE = Pattern.compile(
            "<img\\b[^>]*?\\ssrc\\s*=\\s*([\"'])data:image/(png|jpeg|gif|webp);base64,([A-Za-z0-9+/=\\s]*)\\1[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEB_OR_MAIL = Pattern.compile("(?i)\\s*(?:https?://|mailto:)[^\\s]+\\s*");
    private static final Pattern PASTED_SRC = Pattern.compile(Pattern.quote(PASTED_PREFIX) + "\\d{1,2}");

    private static final Pattern PASTED_IMAGE = Pattern.compile(
            "<img src=\"" + Pattern.quote(PASTED_PREFIX) + "\\d{1,2}\" alt=\"([^\"]*)\" />");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "strike", "h1", "h2", "h3", "ul", "ol",
                    "li", "blockquote", "pre", "code", "a", "img")
            .allowUrlProtocols("http", "https", "mailto", "cid")
            .allowAttributes("href").matching(WEB_OR_MAIL).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("src").matching(PASTED_SRC).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("data-list").matching(Pattern.compile("bullet|ordered")).onElements("li")
            .toFactory();

    private RichText() {
    }

    /**
     * The editor's HTML as it is stored: pasted images taken out, the rest sanitized, and its plain text. Refused
     * naming {@code body} when the sanitized HTML is too long, or an image is not valid Base64.
     */
    public static MessageBody fromEditor(String editorHtml) {
        if (editorHtml == null || editorHtml.isBlank()) {
            return MessageBody.plain(null);
        }
        List<FileUpload> images = new ArrayList<>();
        Matcher matcher = DATA_IMAGE.matcher(editorHtml);
        StringBuilder withReferences = new StringBuilder();
        while (matcher.find()) {
            String extension = matcher.group(2).toLowerCase(Locale.ROOT);
            byte[] content;
            try {
                content = Base64.getMimeDecoder().decode(matcher.group(3));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("body", "validation.attachment.empty");
            }
            String name = "pasted-" + images.size();
            images.add(new FileUpload(name + "." + (extension.equals("jpeg") ? "jpg" : extension),
                    "image/" + extension, content));
            matcher.appendReplacement(withReferences,
                    Matcher.quoteReplacement("<img src=\"" + PASTED_PREFIX + (images.size() - 1) + "\" alt=\""
                            + name + "\">"));
        }
        matcher.appendTail(withReferences);
        String html = sanitize(withReferences.toString());
        if (html.length() > MAX_HTML_LENGTH) {
            throw new InvalidInputException("body", "validation.tooLong");
        }
        String text = RichTextPlain.of(html);
        return new MessageBody(text.isBlank() ? null : text, html, images);
    }

    /**
     * A stored rich body as a mail shows it: a pasted image, which is a file of the ticket and not part of the
     * mail, is named in brackets as the text part names it.
     */
    public static String forMail(String storedHtml) {
        return PASTED_IMAGE.matcher(storedHtml).replaceAll("[$1]");
    }

    /**
     * A mail template's text as HTML, escaped, its line breaks kept, with {@code html} (trusted: a sanitized body)
     * where the text holds {@code marker}.
     */
    public static String textWithHtml(String text, String marker, String html) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&#34;").replace("\r\n", "\n").replace("\n", "<br>\n");
        return "<div>" + escaped.replace(marker, html) + "</div>";
    }

    /** {@code html} reduced to the allow-list. */
    public static String sanitize(String html) {
        StringBuilder out = new StringBuilder();
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, bad -> { });
        HtmlSanitizer.sanitize(html, POLICY.apply(new BulletLists(renderer)));
        return out.toString();
    }

    /**
     * Buffers the sanitized document so that an {@code <ol>} whose first item Quill marks as a bullet is written as
     * {@code <ul>}; the marker itself is dropped.
     */
    private static final class BulletLists implements HtmlStreamEventReceiver {

        private record Event(String open, List<String> attributes, String close, String text) {
        }

        private final HtmlStreamEventReceiver out;
        private final List<Event> events = new ArrayList<>();

        BulletLists(HtmlStreamEventReceiver out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
            out.openDocument();
        }

        @Override
        public void closeDocument() {
            Deque<String> lists = new ArrayDeque<>();
            for (int i = 0; i < events.size(); i++) {
                Event event = events.get(i);
                if (event.open() != null) {
                    String name = event.open();
                    if (name.equals("ol") || name.equals("ul")) {
                        name = name.equals("ol") && firstItemIsBullet(i) ? "ul" : name;
                        lists.push(name);
                    }
                    out.openTag(name, name.equals("li") ? List.of() : event.attributes());
                } else if (event.close() != null) {
                    String name = event.close();
                    if ((name.equals("ol") || name.equals("ul")) && !lists.isEmpty()) {
                        name = lists.pop();
                    }
                    out.closeTag(name);
                } else {
                    out.text(event.text());
                }
            }
            out.closeDocument();
        }

        private boolean firstItemIsBullet(int listIndex) {
            for (int i = listIndex + 1; i < events.size(); i++) {
                Event event = events.get(i);
                if ("li".equals(event.open())) {
                    List<String> attributes = event.attributes();
                    for (int a = 0; a + 1 < attributes.size(); a += 2) {
                        if (attributes.get(a).equals("data-list")) {
                            return attributes.get(a + 1).equals("bullet");
                        }
                    }
                    return false;
                }
                if (event.close() != null && (event.close().equals("ol") || event.close().equals("ul"))) {
                    return false;
                }
            }
            return false;
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            events.add(new Event(elementName, List.copyOf(attributes), null, null));
        }

        @Override
        public void closeTag(String elementName) {
            events.add(new Event(null, null, elementName, null));
        }

        @Override
        public void text(String text) {
            events.add(new Event(null, null, null, text));
        }
    }
}
