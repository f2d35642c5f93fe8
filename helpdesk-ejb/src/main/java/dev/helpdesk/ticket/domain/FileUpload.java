package dev.helpdesk.ticket.domain;

/** A file as it arrives from a form, the API or a mail. */
public record FileUpload(String fileName, String contentType, byte[] content) {
}
