package dev.helpdesk.web.common.api;

import dev.helpdesk.customfield.application.FieldValue;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.customfield.domain.CustomFieldType;

/** A custom field's value on a ticket, customer or organization as the API shows it. */
public record FieldValueJson(Long fieldId, String label, CustomFieldPlace place, CustomFieldType type, String value) {

    public static FieldValueJson of(FieldValue v) {
        return new FieldValueJson(v.fieldId(), v.label(), v.place(), v.type(), v.value());
    }
}
