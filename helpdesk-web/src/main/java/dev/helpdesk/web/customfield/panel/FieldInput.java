package dev.helpdesk.web.customfield.panel;

import dev.helpdesk.customfield.application.CustomFieldView;
import dev.helpdesk.customfield.domain.CustomFieldType;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** One custom field on a panel form: its definition, what was typed or picked, and its error if refused. */
public class FieldInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CustomFieldView field;
    private String text;
    private LocalDate date;
    private boolean checked;
    private String error;

    FieldInput(CustomFieldView field, String currentValue) {
        this.field = field;
        if (currentValue == null) {
            return;
        }
        switch (field.type()) {
            case CHECKBOX -> checked = Boolean.parseBoolean(currentValue);
            case DATE -> date = parseDate(currentValue);
            default -> text = currentValue;
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The value as the services take it: the server checks it against the field's type. */
    String value() {
        return switch (field.type()) {
            case CHECKBOX -> Boolean.toString(checked);
            case DATE -> date == null ? null : date.toString();
            default -> text;
        };
    }

    public boolean is(String type) {
        return field.type() == CustomFieldType.valueOf(type);
    }

    public CustomFieldView getField() {
        return field;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isChecked() {
        return checked;
    }

    public void setChecked(boolean checked) {
        this.checked = checked;
    }

    public String getError() {
        return error;
    }

    void setError(String error) {
        this.error = error;
    }
}
