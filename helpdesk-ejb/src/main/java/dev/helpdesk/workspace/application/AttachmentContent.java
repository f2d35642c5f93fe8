package dev.helpdesk.workspace.application;

public record AttachmentContent(Long ticketProtocol, String fileName, String contentType, byte[] content) {
}
