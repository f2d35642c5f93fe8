package dev.helpdesk.customfield.domain;

import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A field the account adds to a form: ticket opening or closing (external or internal), the customer or
 * organization record, chat, evaluation. A ticket field may be limited to one department. Values are kept as
 * typed-and-checked text: what the field's type accepts, in one canonical form.
 */
@Entity
public class CustomField {

    public static final int MAX_LABEL_LENGTH = 120;
    public static final int MAX_VALUE_LENGTH = 1000;
    public static final int MAX_OPTIONS = 100;

    private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String label;

    @Enumerated(EnumType.STRING)
    private CustomFieldPlace place;

    @Enumerated(EnumType.STRING)
    private CustomFieldType type;

    private boolean required;

    /** The choices of a LIST field, one per line. */
    private String options;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    private int position;

    private boolean active;

    @Version
    private long version;

    protected CustomField() {
    }

    public CustomField(String label, CustomFieldPlace place, CustomFieldType type, boolean required,
                       List<String> options, Department department, int position) {
        this.place = Inputs.required("place", place);
        this.type = Inputs.required("type", type);
        this.active = true;
        change(label, required, options, department, position);
    }

    /** Everything but the place and type, which existing values depend on. */
    public void change(String newLabel, boolean newRequired, List<String> newOptions, Department newDepartment,
                       int newPosition) {
        this.label = Inputs.requiredText("label", newLabel, MAX_LABEL_LENGTH);
        this.required = newRequired;
        this.options = type == CustomFieldType.LIST ? String.join("\n", checkedOptions(newOptions)) : null;
        if (newDepartment != null && !place.isTicketPlace()) {
            throw new InvalidInputException("departmentId", "validation.customField.departmentOnTickets");
        }
        this.department = newDepartment;
        this.position = newPosition;
    }

    public void activate(boolean newActive) {
        this.active = newActive;
    }

    private static List<String> checkedOptions(List<String> candidates) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        if (candidates != null) {
            for (String option : candidates) {
                if (option != null && !option.isBlank()) {
                    unique.add(Inputs.requiredText("options", option.replace('\n', ' '), MAX_LABEL_LENGTH));
                }
            }
        }
        if (unique.isEmpty() || unique.size() > MAX_OPTIONS) {
            throw new InvalidInputException("options", "validation.customField.options");
        }
        return new ArrayList<>(unique);
    }

    /** Whether the field is asked for in this place and department (a field of no department is asked in all). */
    public boolean appliesTo(CustomFieldPlace where, Long departmentId) {
        return active && place == where
                && (department == null || (departmentId != null && department.id().equals(departmentId)));
    }

    /**
     * The value in its canonical form, or null when none was given. A missing required value, or one the type does
     * not accept, is refused naming the field ({@code customFields.<id>}) and its label.
     */
    public String accept(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (type == CustomFieldType.CHECKBOX) {
            return acceptCheckbox(value);
        }
        if (value.isEmpty()) {
            if (required) {
                throw invalid("validation.required");
            }
            return null;
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw invalid("validation.tooLong");
        }
        if (!Inputs.isText(value)) {
            throw invalid("validation.text.characters");
        }
        return switch (type) {
            case TEXT -> value;
            case NUMBER -> number(value);
            case DATE -> date(value);
            case LIST -> option(value);
            case CHECKBOX -> throw new IllegalStateException("handled above");
        };
    }

    private String acceptCheckbox(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        boolean checked;
        if (lower.isEmpty() || lower.equals("false") || lower.equals("0") || lower.equals("off")) {
            checked = false;
        } else if (lower.equals("true") || lower.equals("1") || lower.equals("on")) {
            checked = true;
        } else {
            throw invalid("validation.customField.checkbox");
        }
        if (required && !checked) {
            throw invalid("validation.required");
        }
        return Boolean.toString(checked);
    }

    private String number(String value) {
        String normalized = value.contains(",") && !value.contains(".") ? value.replace(',', '.') : value;
        try {
            return new BigDecimal(normalized).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw invalid("validation.customField.number");
        }
    }

    private String date(String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value, BRAZILIAN_DATE).toString();
            } catch (DateTimeParseException again) {
                throw invalid("validation.customField.date");
            }
        }
    }

    private String option(String value) {
        return options().stream().filter(o -> o.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> invalid("validation.customField.option"));
    }

    private InvalidInputException invalid(String messageKey) {
        return new InvalidInputException(inputName(id), messageKey, label);
    }

    /** How forms and the API name the field's input. */
    public static String inputName(Long fieldId) {
        return "customFields." + fieldId;
    }

    public Long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public CustomFieldPlace place() {
        return place;
    }

    public CustomFieldType type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> options() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    public Department department() {
        return department;
    }

    public int position() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
