package dev.helpdesk.ticket.application;

public record AttachmentContent(Long ticketProtocol, String fileName, String contentType, byte[] content) {
}
