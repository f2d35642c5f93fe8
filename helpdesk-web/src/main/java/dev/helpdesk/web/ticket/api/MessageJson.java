package dev.helpdesk.web.ticket.api;

import dev.helpdesk.workspace.application.MessageView;
import java.time.Instant;
import java.util.List;

/**
 * One reply or internal note of a ticket's conversation as the API shows it: {@code body} is always plain text;
 * {@code bodyHtml}, for a message written in the panels' editor, is its sanitized HTML (pasted images as
 * {@code cid:pasted-N}, the message's N-th attachment).
 */
public record MessageJson(Long id, MessageView.AuthorKind authorKind, String authorName, String body,
                          String bodyHtml, boolean internal, Instant createdAt, List<AttachmentInfoJson> attachments) {

    static MessageJson of(MessageView v) {
        return new MessageJson(v.id(), v.authorKind(), v.authorName(), v.body(), v.bodyHtml(), v.internal(),
                v.createdAt(),
                v.attachments() == null ? null : v.attachments().stream().map(AttachmentInfoJson::of).toList());
    }
}
