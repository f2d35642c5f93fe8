package dev.helpdesk.web.customer.api;

import dev.helpdesk.customer.application.CustomerView;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.web.common.api.FieldValueJson;
import java.util.List;

/** A customer as the API shows them; what the caller's group does not grant is null or left out. */
public record CustomerJson(Long id, String name, String email, String phone, DirectoryKind directory,
                           String directoryAccount, String language, Long organizationId, String organizationName,
                           boolean managesOrganization, boolean active, List<FieldValueJson> customFields) {

    static CustomerJson of(CustomerView v) {
        return new CustomerJson(v.id(), v.name(), v.email(), v.phone(), v.directory(), v.directoryAccount(),
                v.language(), v.organizationId(), v.organizationName(), v.managesOrganization(), v.active(),
                v.customFields() == null ? null : v.customFields().stream().map(FieldValueJson::of).toList());
    }
}
