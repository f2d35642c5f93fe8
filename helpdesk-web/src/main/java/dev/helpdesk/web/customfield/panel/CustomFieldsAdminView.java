package dev.helpdesk.web.customfield.panel;

import dev.helpdesk.customfield.application.CustomFieldDefinition;
import dev.helpdesk.customfield.application.CustomFieldService;
import dev.helpdesk.customfield.application.CustomFieldView;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.customfield.domain.CustomFieldType;
import dev.helpdesk.directory.application.DepartmentView;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Management > Custom fields: the fields the account adds to ticket opening and closing (external or internal,
 * for every department or one), the customer and organization records, chat and evaluation.
 */
@Named
@ViewScoped
public class CustomFieldsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "fieldForm";

    @EJB
    private CustomFieldService customFieldService;

    @EJB
    private DirectoryQuery directoryQuery;

    private List<CustomFieldView> fields;
    private List<DepartmentView> departments;

    private Long editingId;
    private String label;
    private CustomFieldPlace place = CustomFieldPlace.TICKET_OPENING_EXTERNAL;
    private CustomFieldType type = CustomFieldType.TEXT;
    private boolean required;
    private String options;
    private Long departmentId;
    private boolean active = true;

    @PostConstruct
    void load() {
        fields = customFieldService.all();
        // inactive ones too: what is linked to them stays, and is kept ready for when they come back
        departments = directoryQuery.allDepartments();
    }

    public void edit(CustomFieldView field) {
        editingId = field.id();
        label = field.label();
        place = field.place();
        type = field.type();
        required = field.required();
        options = String.join("\n", field.options());
        departmentId = field.departmentId();
        active = field.active();
    }

    public void clear() {
        editingId = null;
        label = null;
        place = CustomFieldPlace.TICKET_OPENING_EXTERNAL;
        type = CustomFieldType.TEXT;
        required = false;
        options = null;
        departmentId = null;
        active = true;
    }

    public void save() {
        List<String> optionList = options == null ? List.of() : Arrays.asList(options.split("\\R"));
        CustomFieldDefinition definition = new CustomFieldDefinition(label, place, type, required, optionList,
                place.isTicketPlace() ? departmentId : null, null);
        try {
            if (editingId == null) {
                customFieldService.create(definition);
            } else {
                customFieldService.change(editingId, definition);
                customFieldService.activate(editingId, active);
            }
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        }
        Messages.info("admin.saved");
        clear();
        load();
    }

    public String departmentName(Long id) {
        if (id == null) {
            return Messages.text("admin.allDepartments");
        }
        return departments.stream().filter(d -> d.id().equals(id)).map(DepartmentView::name).findFirst()
                .orElse("");
    }

    public CustomFieldPlace[] getPlaces() {
        return CustomFieldPlace.values();
    }

    public CustomFieldType[] getTypes() {
        return CustomFieldType.values();
    }

    public List<CustomFieldView> getFields() {
        return fields;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public CustomFieldPlace getPlace() {
        return place;
    }

    public void setPlace(CustomFieldPlace place) {
        this.place = place;
    }

    public CustomFieldType getType() {
        return type;
    }

    public void setType(CustomFieldType type) {
        this.type = type;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
