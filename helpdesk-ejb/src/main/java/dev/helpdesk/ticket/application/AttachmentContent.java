package dev.helpdesk.ticket.application;

public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
