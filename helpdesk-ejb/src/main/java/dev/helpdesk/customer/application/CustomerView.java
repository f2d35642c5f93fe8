package dev.helpdesk.customer.application;

import dev.helpdesk.customfield.application.FieldValue;
import dev.helpdesk.directory.domain.DirectoryKind;
import java.io.Serializable;
import java.util.List;

/**
 * A customer as the caller may see them: e-mail (and directory account name), phone and custom fields the caller's permission group does not
 * grant are null or left out.
 */
public record CustomerView(Long id, String name, String email, String phone, DirectoryKind directory,
                           String directoryAccount, String language, Long organizationId, String organizationName,
                           boolean managesOrganization, boolean active,
                           List<FieldValue> customFields)
        implements Serializable {
}
