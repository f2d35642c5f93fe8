package dev.helpdesk.ticket.application;

import dev.helpdesk.ticket.domain.FileUpload;
import java.util.List;

/** A request to open a ticket, from any channel. */
public record OpenTicket(Long departmentId, Long categoryId, String subject, String message,
                         List<FileUpload> attachments) {
}
