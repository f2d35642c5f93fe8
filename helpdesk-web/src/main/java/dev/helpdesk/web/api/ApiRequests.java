package dev.helpdesk.web.api;

import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.FileUpload;
import dev.helpdesk.ticket.domain.Priority;
import java.util.Base64;
import java.util.List;

/** Bodies the API accepts. */
public final class ApiRequests {

    private ApiRequests() {
    }

    public record AttachmentBody(String fileName, String contentType, String contentBase64) {
        FileUpload toUpload() {
            try {
                byte[] content = contentBase64 == null ? null : Base64.getMimeDecoder().decode(contentBase64);
                return new FileUpload(fileName, contentType, content);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("attachments", "validation.attachment.base64");
            }
        }
    }

    /** {@code customerEmail} is for agents opening on behalf of a customer; customers open for themselves. */
    public record NewTicketBody(Long departmentId, Long categoryId, String subject, String message,
                                String customerEmail, List<AttachmentBody> attachments) {
    }

    public record ReplyBody(String body, List<AttachmentBody> attachments) {
    }

    public record AssigneeBody(Long agentId) {
    }

    public record TransferBody(Long departmentId, Long categoryId) {
    }

    public record PriorityBody(Priority priority) {
    }

    public record StatusBody(Long statusId) {
    }

    public record CannedResponseBody(String title, String body, List<Long> departmentIds) {
    }

    public record NewDepartmentBody(String name, List<String> categories) {
    }

    /** A body that only names something: a category, a status. */
    public record NameBody(String name) {
    }

    public record NewAgentBody(String name, String email, AgentRole role, DirectoryKind directory, String password,
                               String language, List<Long> departmentIds) {
    }

    public record NewCustomerBody(String name, String email, DirectoryKind directory, String password,
                                  String language, Long organizationId) {
    }

    public record NewOrganizationBody(String name, Long parentId) {
    }

    public record NewTokenBody(String owner, String name) {
    }

    static <T> T require(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "validation.required");
        }
        return body;
    }

    /** An enum query parameter; an unknown value is a 400 naming the parameter, not the 404 JAX-RS would give. */
    static <E extends Enum<E>> E option(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "validation.option");
        }
    }

    static List<FileUpload> uploads(List<AttachmentBody> attachments) {
        return attachments == null ? List.of() : attachments.stream().map(AttachmentBody::toUpload).toList();
    }
}
