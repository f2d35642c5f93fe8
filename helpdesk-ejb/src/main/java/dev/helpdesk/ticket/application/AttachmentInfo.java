package dev.helpdesk.ticket.application;

public record AttachmentInfo(Long id, Long replyId, String fileName, String contentType, long sizeBytes) {
}
