package dev.helpdesk.customfield.application;

import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.customfield.domain.CustomFieldType;
import java.util.List;

/** What an administrator fills in to create or change a custom field; place and type are fixed once created. */
public record CustomFieldDefinition(String label, CustomFieldPlace place, CustomFieldType type, boolean required,
                                    List<String> options, Long departmentId, Integer position) {
}
