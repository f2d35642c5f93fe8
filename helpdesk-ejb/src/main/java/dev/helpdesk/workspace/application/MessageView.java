package dev.helpdesk.workspace.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One reply or internal note of a ticket's conversation. */
public record MessageView(Long id, AuthorKind authorKind, String authorName, String body, boolean internal,
                          Instant createdAt, List<AttachmentInfo> attachments) implements Serializable {

    public enum AuthorKind {
        AGENT, CUSTOMER, SYSTEM
    }
}
