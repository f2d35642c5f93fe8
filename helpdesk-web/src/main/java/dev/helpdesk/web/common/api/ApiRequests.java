package dev.helpdesk.web.common.api;

import dev.helpdesk.customfield.application.CustomFieldDefinition;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.customfield.domain.CustomFieldType;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.directory.domain.GroupPermissions;
import dev.helpdesk.directory.domain.TicketVisibility;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.FileUpload;
import dev.helpdesk.ticket.domain.MessageBody;
import dev.helpdesk.ticket.domain.Priority;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * {@code customerEmail} is for agents opening on behalf of a customer; customers open for themselves. An agent
     * opens an internal ticket with {@code type} "I". {@code customFields} maps field ids to values.
     * {@code notifyByEmail} false: the customer wants no e-mails about it (if the account lets them choose).
     */
    public record NewTicketBody(Long departmentId, Long categoryId, String subject, String message,
                                String customerEmail, String type, List<AttachmentBody> attachments,
                                Map<String, String> customFields, Boolean notifyByEmail) {
    }

    /** The closing form's custom fields, by id; the body may be left out when the form has none. */
    public record FinishBody(Map<String, String> customFields) {
    }

    /**
     * A reply or note: {@code body} is plain text, shown as written; {@code bodyHtml}, when given instead, is HTML
     * sanitized as the panels' editor is ({@code RichText}), its plain text derived for {@code body}.
     */
    public record ReplyBody(String body, String bodyHtml, List<AttachmentBody> attachments) {

        public MessageBody message() {
            return bodyHtml == null ? MessageBody.plain(body)
                    : MessageBody.rich(bodyHtml);
        }
    }

    public record AssigneeBody(Long agentId) {
    }

    public record ScheduleBody(String start, Long agentId) {
    }

    public record TransferBody(Long departmentId, Long categoryId) {
    }

    public record PriorityBody(Priority priority) {
    }

    public record StatusBody(Long statusId) {
    }

    public record TimeEntryBody(Integer minutes, java.time.Instant startedAt, String note) {
    }

    public record CannedResponseBody(String title, String body, List<Long> departmentIds) {
    }

    public record NewDepartmentBody(String name, List<String> categories) {
    }

    /** A body that only names something: a category, a status. */
    public record NameBody(String name) {
    }

    /** A status; on a change, {@code position} and {@code active} left out stay as they are. */
    public record NewStatusBody(String name, Boolean exemptFromAutoClose, Boolean customerMayFinish, Integer position,
                                Boolean active) {
    }

    /** A department's or category's new name, place (1 the first) and active flag; the last two left out stay. */
    public record ClassificationBody(String name, Integer position, Boolean active) {
    }

    public record NewAgentBody(String name, String email, AgentRole role, DirectoryKind directory, String password,
                               String directoryAccount, String language, List<Long> departmentIds,
                               Long permissionGroupId) {
    }

    public record AgentChangeBody(String name, AgentRole role, List<Long> departmentIds, Long permissionGroupId,
                                  Boolean active) {
    }

    public record PermissionGroupBody(String name, TicketVisibility ticketVisibility, boolean viewCustomers,
                                      boolean editCustomers, boolean viewReports, boolean viewTicketSurveys,
                                      boolean viewChatSurveys, List<String> customerData) {
        public GroupPermissions permissions() {
            return new GroupPermissions(ticketVisibility, viewCustomers, editCustomers, viewReports,
                    viewTicketSurveys, viewChatSurveys, customerData == null ? Set.of() : Set.copyOf(customerData));
        }
    }

    public record NewCustomerBody(String name, String email, DirectoryKind directory, String password,
                                  String directoryAccount, String language, Long organizationId, String phone,
                                  Map<String, String> customFields) {
    }

    public record CustomerChangeBody(String name, String phone, Long organizationId, Boolean managesOrganization,
                                     Boolean active, Map<String, String> customFields) {
    }

    public record NewOrganizationBody(String name, Long parentId, Boolean active, Map<String, String> customFields) {
    }

    public record CustomFieldBody(String label, CustomFieldPlace place, CustomFieldType type, boolean required,
                                  List<String> options, Long departmentId, Integer position, Boolean active) {
        public CustomFieldDefinition definition() {
            return new CustomFieldDefinition(label, place, type, required, options, departmentId, position);
        }
    }

    public record NewTokenBody(String owner, String name) {
    }

    public static <T> T require(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "validation.required");
        }
        return body;
    }

    /** An ISO-8601 instant such as {@code 2026-11-23T14:00:00Z} (or with an offset); null or blank is null. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.instant");
        }
    }

    /** An enum query parameter; an unknown value is a 400 naming the parameter, not the 404 JAX-RS would give. */
    public static <E extends Enum<E>> E option(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "validation.option");
        }
    }

    /** Custom field values keyed by the field's id as JSON object keys are: a key that is no id is refused. */
    public static Map<Long, String> fieldValues(Map<String, String> byKey) {
        Map<Long, String> values = new LinkedHashMap<>();
        if (byKey == null) {
            return values;
        }
        byKey.forEach((key, value) -> {
            if (key == null || !key.strip().matches("\\d{1,18}")) {
                throw new InvalidInputException("customFields." + key, "validation.customField.unknown");
            }
            values.put(Long.parseLong(key.strip()), value);
        });
        return values;
    }

    public static List<FileUpload> uploads(List<AttachmentBody> attachments) {
        return attachments == null ? List.of() : attachments.stream().map(AttachmentBody::toUpload).toList();
    }

    /** The account name (sAMAccountName) a directory user may also sign in with; blank or null removes it. */
    public record DirectoryAccountBody(String directoryAccount) {
    }

    /** 201 with what was made. */
    public static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
