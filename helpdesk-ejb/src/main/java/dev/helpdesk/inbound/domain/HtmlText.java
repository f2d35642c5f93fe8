package dev.helpdesk.inbound.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * The readable text of an HTML mail part. The OWASP sanitizer's parser walks the markup (whatever state it is in)
 * and hands over decoded text only: scripts, styles and every attribute are dropped, so nothing of the HTML
 * survives to be rendered; paragraphs, line breaks, list items and table rows become line breaks, and a link keeps
 * its address next to its text.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "address", "dl", "dt",
            "dd");
    private static final Set<String> HIDDEN = Set.of("script", "style", "head", "title", "noscript", "template");

    private HtmlText() {
    }

    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        TextCollector collector = new TextCollector();
        HtmlSanitizer.sanitize(html, collector);
        return tidy(collector.text.toString());
    }

    /** Trailing spaces off every line, at most one empty line in a row, no blank lines around the text. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static final class TextCollector implements HtmlSanitizer.Policy {

        private final StringBuilder text = new StringBuilder();
        private int hiddenDepth;
        private int preDepth;
        private String linkAddress;
        private int linkStart;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            String name = elementName.toLowerCase(Locale.ROOT);
            if (HIDDEN.contains(name)) {
                hiddenDepth++;
            } else if (hiddenDepth > 0) {
                return;
            } else if (name.equals("br")) {
                text.append('\n');
            } else if (name.equals("li")) {
                text.append("\n- ");
            } else if (name.equals("td") || name.equals("th")) {
                text.append(' ');
            } else if (name.equals("a")) {
                linkAddress = attribute(attributes, "href");
                linkStart = text.length();
            } else if (BLOCKS.contains(name)) {
                if (name.equals("pre")) {
                    preDepth++;
                }
                text.append('\n');
            }
        }

        @Override
        public void closeTag(String elementName) {
            String name = elementName.toLowerCase(Locale.ROOT);
            if (HIDDEN.contains(name)) {
                hiddenDepth = Math.max(0, hiddenDepth - 1);
            } else if (hiddenDepth > 0) {
                return;
            } else if (name.equals("a")) {
                appendLinkAddress();
            } else if (BLOCKS.contains(name)) {
                if (name.equals("pre")) {
                    preDepth = Math.max(0, preDepth - 1);
                }
                text.append('\n');
            }
        }

        @Override
        public void text(String chunk) {
            if (hiddenDepth > 0) {
                return;
            }
            if (preDepth > 0) {
                text.append(chunk);
                return;
            }
            String flowing = chunk.replaceAll("\\s+", " ");
            boolean lineStart = text.length() == 0 || text.charAt(text.length() - 1) == '\n';
            text.append(lineStart ? flowing.stripLeading() : flowing);
        }

        /** "text (address)" for web and mail links whose text is not already the address. */
        private void appendLinkAddress() {
            String address = linkAddress;
            linkAddress = null;
            if (address == null) {
                return;
            }
            String lower = address.strip().toLowerCase(Locale.ROOT);
            boolean readable = lower.startsWith("http://") || lower.startsWith("https://")
                    || lower.startsWith("mailto:");
            String linkText = text.substring(Math.min(linkStart, text.length())).strip();
            String shown = lower.startsWith("mailto:") ? address.strip().substring(7) : address.strip();
            if (readable && !linkText.equalsIgnoreCase(shown)) {
                text.append(" (").append(shown).append(')');
            }
        }

        private static String attribute(List<String> attributes, String wanted) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equalsIgnoreCase(wanted)) {
                    return attributes.get(i + 1);
                }
            }
            return null;
        }
    }
}
