package dev.helpdesk.customfield.application;

import dev.helpdesk.customfield.domain.CustomField;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.customfield.domain.CustomFieldType;
import java.io.Serializable;
import java.util.List;

/** A custom field's definition, for forms and the Management pages. */
public record CustomFieldView(Long id, String label, CustomFieldPlace place, CustomFieldType type, boolean required,
                              List<String> options, Long departmentId, int position, boolean active)
        implements Serializable {

    static CustomFieldView of(CustomField field) {
        return new CustomFieldView(field.id(), field.label(), field.place(), field.type(), field.isRequired(),
                List.copyOf(field.options()), field.department() == null ? null : field.department().id(),
                field.position(), field.isActive());
    }

    /** The name of the field's input in forms and API bodies. */
    public String inputName() {
        return CustomField.inputName(id);
    }
}
