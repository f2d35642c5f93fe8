package dev.helpdesk.web.ticket.api;

import dev.helpdesk.workspace.application.MessageView;
import java.time.Instant;
import java.util.List;

/** One reply or internal note of a ticket's conversation as the API shows it. */
public record MessageJson(Long id, MessageView.AuthorKind authorKind, String authorName, String body,
                          boolean internal, Instant createdAt, List<AttachmentInfoJson> attachments) {

    static MessageJson of(MessageView v) {
        return new MessageJson(v.id(), v.authorKind(), v.authorName(), v.body(), v.internal(), v.createdAt(),
                v.attachments() == null ? null : v.attachments().stream().map(AttachmentInfoJson::of).toList());
    }
}
