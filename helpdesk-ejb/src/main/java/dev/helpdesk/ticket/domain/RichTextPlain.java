package dev.helpdesk.ticket.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * The plain text of a sanitized rich body ({@link RichText}), for the text part of mails, searches and API readers
 * that read {@code body}: paragraphs and line breaks as line breaks, bullet items as "- ", numbered ones as "1. ",
 * quoted lines behind "&gt; ", a link as its text followed by its address, an image as its name in brackets.
 */
final class RichTextPlain {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "pre", "ul", "ol", "blockquote");

    private RichTextPlain() {
    }

    static String of(String html) {
        Collector collector = new Collector();
        HtmlSanitizer.sanitize(html, collector);
        return collector.text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static final class Collector implements HtmlSanitizer.Policy {

        private final StringBuilder text = new StringBuilder();
        /** For each open list, the number of its next item; 0 for a bullet list. */
        private final Deque<int[]> lists = new ArrayDeque<>();
        private int quoteDepth;
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
            switch (name) {
                case "br" -> newLine();
                case "ul" -> {
                    newLine();
                    lists.push(new int[] {0});
                }
                case "ol" -> {
                    newLine();
                    lists.push(new int[] {1});
                }
                case "li" -> {
                    newLine();
                    int[] list = lists.isEmpty() ? new int[] {0} : lists.peek();
                    append("  ".repeat(Math.max(0, lists.size() - 1))
                            + (list[0] == 0 ? "- " : list[0]++ + ". "));
                }
                case "blockquote" -> {
                    newLine();
                    quoteDepth++;
                }
                case "a" -> {
                    linkAddress = attribute(attributes, "href");
                    linkStart = text.length();
                }
                case "img" -> append("[" + (attribute(attributes, "alt") == null ? "image"
                        : attribute(attributes, "alt")) + "]");
                default -> {
                    if (BLOCKS.contains(name)) {
                        newLine();
                        preDepth += name.equals("pre") ? 1 : 0;
                    }
                }
            }
        }

        @Override
        public void closeTag(String elementName) {
            String name = elementName.toLowerCase(Locale.ROOT);
            switch (name) {
                case "ul", "ol" -> {
                    if (!lists.isEmpty()) {
                        lists.pop();
                    }
                    newLine();
                }
                case "blockquote" -> {
                    quoteDepth = Math.max(0, quoteDepth - 1);
                    newLine();
                }
                case "a" -> linkEnded();
                default -> {
                    if (BLOCKS.contains(name)) {
                        preDepth -= name.equals("pre") && preDepth > 0 ? 1 : 0;
                        newLine();
                    }
                }
            }
        }

        @Override
        public void text(String chunk) {
            if (preDepth > 0) {
                chunk.lines().forEach(line -> {
                    append(line);
                    newLine();
                });
                return;
            }
            String flowing = chunk.replaceAll("\\s+", " ");
            append(atLineStart() ? flowing.stripLeading() : flowing);
        }

        private void append(String part) {
            if (part.isEmpty()) {
                return;
            }
            if (atLineStart() && quoteDepth > 0) {
                text.append("> ".repeat(quoteDepth));
            }
            text.append(part);
        }

        private void newLine() {
            if (!atLineStart()) {
                text.append('\n');
            }
        }

        private boolean atLineStart() {
            return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
        }

        private void linkEnded() {
            String address = linkAddress;
            linkAddress = null;
            if (address == null) {
                return;
            }
            String shown = address.strip().toLowerCase(Locale.ROOT).startsWith("mailto:")
                    ? address.strip().substring(7) : address.strip();
            String linkText = text.substring(Math.min(linkStart, text.length())).strip();
            if (!linkText.equalsIgnoreCase(shown)) {
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
