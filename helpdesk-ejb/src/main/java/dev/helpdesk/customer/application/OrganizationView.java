package dev.helpdesk.customer.application;

import dev.helpdesk.customfield.application.FieldValue;
import java.io.Serializable;
import java.util.List;

public record OrganizationView(Long id, String name, Long parentId, boolean active, List<FieldValue> customFields)
        implements Serializable {

    public OrganizationView(Long id, String name, Long parentId) {
        this(id, name, parentId, true, List.of());
    }
}
