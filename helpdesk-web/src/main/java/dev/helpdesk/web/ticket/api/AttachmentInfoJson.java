package dev.helpdesk.web.ticket.api;

import dev.helpdesk.workspace.application.AttachmentInfo;

/** An attachment of a ticket, without its content, as the API shows it. */
public record AttachmentInfoJson(Long id, Long replyId, String fileName, String contentType, long sizeBytes) {

    static AttachmentInfoJson of(AttachmentInfo v) {
        return new AttachmentInfoJson(v.id(), v.replyId(), v.fileName(), v.contentType(), v.sizeBytes());
    }
}
