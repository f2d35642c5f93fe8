package dev.helpdesk.ticket.application;

import java.io.Serializable;

public record AttachmentInfo(Long id, Long replyId, String fileName, String contentType, long sizeBytes)
        implements Serializable {
}
