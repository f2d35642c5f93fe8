package dev.helpdesk.web.customfield.api;

import dev.helpdesk.customfield.application.CustomFieldView;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.customfield.domain.CustomFieldType;
import java.util.List;

/** A custom field's definition as the API shows it. */
public record CustomFieldJson(Long id, String label, CustomFieldPlace place, CustomFieldType type, boolean required,
                              List<String> options, Long departmentId, int position, boolean active) {

    static CustomFieldJson of(CustomFieldView v) {
        return new CustomFieldJson(v.id(), v.label(), v.place(), v.type(), v.required(), v.options(),
                v.departmentId(), v.position(), v.active());
    }
}
