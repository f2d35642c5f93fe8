package dev.helpdesk.inbound.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the quoted conversation that mail programs put under a reply ("On … wrote:", Outlook's header block, lines
 * starting with "&gt;"), so a ticket's history is not the same text again and again. When nothing would be left the
 * text stays as it was.
 */
public final class QuotedText {

    private static final List<Pattern> QUOTE_STARTS = List.of(
            Pattern.compile("^On\\b.{0,200}\\bwrote:\\s*$"),
            Pattern.compile("^Em\\b.{0,200}\\bescreveu:\\s*$"),
            Pattern.compile("^El\\b.{0,200}\\bescribió:\\s*$"),
            Pattern.compile("^-{2,}\\s*(Original Message|Mensagem original|Mensaje original)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^_{10,}\\s*$"));
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\*?(From|De):\\*?\\s.+");
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^\\*?(Sent|Date|Enviada em|Enviado|Data|Fecha):\\*?"
            + "\\s.+");

    private QuotedText() {
    }

    public static String strip(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int end = lines.length;
        for (int i = 1; i < lines.length; i++) {
            if (startsQuote(lines, i)) {
                end = i;
                break;
            }
        }
        while (end > 0 && (lines[end - 1].startsWith(">") || lines[end - 1].isBlank())) {
            end--;
        }
        String kept = String.join("\n", java.util.Arrays.copyOf(lines, end)).strip();
        return kept.isEmpty() ? text.strip() : kept;
    }

    private static boolean startsQuote(String[] lines, int i) {
        String line = lines[i].strip();
        if (QUOTE_STARTS.stream().anyMatch(p -> p.matcher(line).matches())) {
            return true;
        }
        return OUTLOOK_FROM.matcher(line).matches() && i + 1 < lines.length
                && OUTLOOK_SENT.matcher(lines[i + 1].strip()).matches();
    }
}
