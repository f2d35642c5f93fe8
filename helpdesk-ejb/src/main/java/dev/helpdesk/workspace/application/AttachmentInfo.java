package dev.helpdesk.workspace.application;

import java.io.Serializable;

public record AttachmentInfo(Long id, Long replyId, String fileName, String contentType, long sizeBytes)
        implements Serializable {
}
