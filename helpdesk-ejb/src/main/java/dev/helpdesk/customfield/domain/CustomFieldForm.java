package dev.helpdesk.customfield.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom fields one form asks for, checking what was submitted: every required field filled, every value of
 * the right type, nothing submitted for a field the form does not have.
 */
public final class CustomFieldForm {

    private final List<CustomField> fields;

    public CustomFieldForm(List<CustomField> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The accepted values by field, in the form's order; fields left empty are absent. */
    public Map<CustomField, String> accept(Map<Long, String> submitted) {
        Map<Long, String> values = submitted == null ? Map.of() : submitted;
        for (Long id : values.keySet()) {
            if (id == null || fields.stream().noneMatch(f -> f.id().equals(id))) {
                throw new InvalidInputException(CustomField.inputName(id), "validation.customField.unknown");
            }
        }
        Map<CustomField, String> accepted = new LinkedHashMap<>();
        for (CustomField field : fields) {
            String value = field.accept(values.get(field.id()));
            if (value != null) {
                accepted.put(field, value);
            }
        }
        return accepted;
    }

    public List<CustomField> fields() {
        return fields;
    }
}
