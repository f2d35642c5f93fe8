package dev.helpdesk.customfield.application;

import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.customfield.domain.CustomFieldType;
import java.io.Serializable;

/** The value one custom field holds on a ticket, customer or organization. */
public record FieldValue(Long fieldId, String label, CustomFieldPlace place, CustomFieldType type, String value)
        implements Serializable {
}
