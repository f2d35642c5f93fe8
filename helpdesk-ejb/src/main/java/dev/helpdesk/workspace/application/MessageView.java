package dev.helpdesk.workspace.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One reply or internal note of a ticket's conversation.
 *
 * @param bodyHtml the sanitized HTML of a message written in the editor, null for a plain-text one; its pasted
 *                 images are {@code cid:pasted-N}, the message's N-th attachment
 */
public record MessageView(Long id, AuthorKind authorKind, String authorName, String body, String bodyHtml,
                          boolean internal, Instant createdAt, List<AttachmentInfo> attachments)
        implements Serializable {

    public enum AuthorKind {
        AGENT, CUSTOMER, SYSTEM
    }
}
