package dev.helpdesk.ticket.application;

import dev.helpdesk.ticket.domain.FileUpload;
import java.util.List;
import java.util.Map;

/**
 * A request to open a ticket, from any channel, with the values of the opening form's custom fields by id, and
 * whether the customer wants e-mails about it (where the account lets customers choose).
 */
public record OpenTicket(Long departmentId, Long categoryId, String subject, String message,
                         List<FileUpload> attachments, Map<Long, String> customFields, boolean notifyByEmail) {

    public OpenTicket(Long departmentId, Long categoryId, String subject, String message,
                      List<FileUpload> attachments, Map<Long, String> customFields) {
        this(departmentId, categoryId, subject, message, attachments, customFields, true);
    }

    public OpenTicket(Long departmentId, Long categoryId, String subject, String message,
                      List<FileUpload> attachments) {
        this(departmentId, categoryId, subject, message, attachments, Map.of());
    }
}
