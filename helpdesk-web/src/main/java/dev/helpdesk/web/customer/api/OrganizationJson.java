package dev.helpdesk.web.customer.api;

import dev.helpdesk.customer.application.OrganizationView;
import dev.helpdesk.web.common.api.FieldValueJson;
import java.util.List;

/** An organization as the API shows it. */
public record OrganizationJson(Long id, String name, Long parentId, boolean active,
                               List<FieldValueJson> customFields) {

    static OrganizationJson of(OrganizationView v) {
        return new OrganizationJson(v.id(), v.name(), v.parentId(), v.active(),
                v.customFields() == null ? null : v.customFields().stream().map(FieldValueJson::of).toList());
    }
}
