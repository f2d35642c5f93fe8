package dev.helpdesk.ticket.domain;

import java.util.List;

/**
 * What a reply or note says: its plain text, always; and, when it was written in the panels' editor, the sanitized
 * HTML it is shown with and the images pasted into it, which become the reply's first files.
 *
 * @param text the plain text: typed as such, or derived from the HTML (search, API readers and mails' text part)
 * @param html sanitized HTML ({@link RichText}), or null for a plain-text message
 * @param pastedImages the images the HTML shows, in the order of its {@code cid:pasted-N} references
 */
public record MessageBody(String text, String html, List<FileUpload> pastedImages) {

    public MessageBody {
        pastedImages = pastedImages == null ? List.of() : List.copyOf(pastedImages);
    }

    public static MessageBody plain(String text) {
        return new MessageBody(text, null, List.of());
    }

    /** The editor's HTML, sanitized, with its pasted images taken out ({@link RichText#fromEditor}). */
    public static MessageBody rich(String editorHtml) {
        return RichText.fromEditor(editorHtml);
    }

    public boolean isRich() {
        return html != null;
    }
}
