package dev.helpdesk.web.customfield.panel;

import dev.helpdesk.customfield.application.CustomFieldView;
import dev.helpdesk.customfield.application.FieldValue;
import dev.helpdesk.customfield.domain.CustomField;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The custom fields of one panel form (rendered by the custom-fields template) and the values typed into them. */
public class CustomFieldInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<FieldInput> inputs;

    public CustomFieldInputs(List<CustomFieldView> fields, List<FieldValue> current) {
        this.inputs = fields.stream().map(f -> new FieldInput(f, current.stream()
                .filter(v -> v.fieldId().equals(f.id())).map(FieldValue::value).findFirst().orElse(null)))
                .toList();
    }

    public CustomFieldInputs(List<CustomFieldView> fields) {
        this(fields, List.of());
    }

    public static CustomFieldInputs none() {
        return new CustomFieldInputs(List.of());
    }

    public Map<Long, String> values() {
        Map<Long, String> values = new LinkedHashMap<>();
        inputs.forEach(i -> values.put(i.getField().id(), i.value()));
        return values;
    }

    /**
     * Shows a refusal beside the custom field it names, with the field's label in the page's messages too; false
     * when the error is about another field.
     */
    public boolean showError(InvalidInputException e) {
        inputs.forEach(i -> i.setError(null));
        for (FieldInput input : inputs) {
            if (CustomField.inputName(input.getField().id()).equals(e.field())) {
                String text = Messages.text(e.messageKey());
                input.setError(text);
                Messages.error("customField.error", input.getField().label(), text);
                return true;
            }
        }
        return false;
    }

    public List<FieldInput> getInputs() {
        return inputs;
    }
}
