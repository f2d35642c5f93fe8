package dev.helpdesk.web.directory.panel;

import dev.helpdesk.directory.application.CategoryView;
import dev.helpdesk.directory.application.ClassificationChange;
import dev.helpdesk.directory.application.DepartmentView;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.application.StatusChange;
import dev.helpdesk.ticket.application.StatusView;
import dev.helpdesk.ticket.application.TicketStatusService;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Management > Departments: every department with its categories and statuses (inactive ones too, marked), by
 * position then name; forms to add them, to rename, move and (de)activate each, and whom each department's mails
 * come from.
 */
@Named
@ViewScoped
public class DepartmentsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DirectoryAdminService directoryAdmin;

    @EJB
    private TicketStatusService statusService;

    private List<DepartmentView> departments;
    private Map<Long, List<StatusView>> statuses;
    private String newDepartment;
    private Long departmentId;
    private String newCategory;
    private String newStatus;

    private boolean newStatusExempt;
    private boolean newStatusCustomerMayFinish;

    private Long senderDepartmentId;
    private String senderAddress;
    private String senderName;

    /** The department being changed, and what the change form holds for it. */
    private Long editingId;
    private String editName;
    private Integer editPosition;
    private boolean editActive;

    /** The category of the edited department being changed. */
    private Long editCategoryId;
    private String categoryName;
    private Integer categoryPosition;
    private boolean categoryActive;

    /** The status of the edited department being changed. */
    private Long editStatusId;
    private String statusName;
    private Integer statusPosition;
    private boolean statusActive;
    private boolean statusExempt;
    private boolean statusCustomerMayFinish;

    @PostConstruct
    void load() {
        departments = directoryAdmin.departments();
        statuses = statusService.byDepartment();
    }

    /** Opens the change form for a department of the list. */
    public void edit(DepartmentView department) {
        editingId = department.id();
        editName = department.name();
        editPosition = department.position();
        editActive = department.active();
        editCategoryId = null;
        editStatusId = null;
        categoryChosen();
        statusChosen();
    }

    public void saveDepartment() {
        DepartmentView saved;
        try {
            saved = directoryAdmin.changeDepartment(editingId,
                    new ClassificationChange(editName, editPosition, editActive));
        } catch (InvalidInputException e) {
            Messages.fieldError("editForm", e);
            return;
        }
        Messages.info("admin.departmentSaved", saved.name());
        load();
        edit(saved);
    }

    /** One place up (-1) or down (+1) in the list. */
    public void move(DepartmentView department, int delta) {
        directoryAdmin.moveDepartment(department.id(), delta);
        load();
        if (department.id().equals(editingId)) {
            editing().ifPresent(d -> editPosition = d.position());
        }
    }

    /** The category form shows what the chosen category has. */
    public void categoryChosen() {
        CategoryView chosen = getEditCategories().stream().filter(c -> c.id().equals(editCategoryId)).findFirst()
                .orElse(null);
        categoryName = chosen == null ? null : chosen.name();
        categoryPosition = chosen == null ? null : chosen.position();
        categoryActive = chosen == null || chosen.active();
    }

    public void saveCategory() {
        try {
            if (editCategoryId == null) {
                throw new InvalidInputException("categoryId", "validation.required");
            }
            CategoryView saved = directoryAdmin.changeCategory(editingId, editCategoryId,
                    new ClassificationChange(categoryName, categoryPosition, categoryActive));
            Messages.info("admin.categorySaved", saved.name());
        } catch (InvalidInputException e) {
            Messages.fieldError("categoryEditForm", e);
            return;
        }
        load();
        categoryChosen();
    }

    /** The status form shows what the chosen status has. */
    public void statusChosen() {
        StatusView chosen = getEditStatuses().stream().filter(s -> s.id().equals(editStatusId)).findFirst()
                .orElse(null);
        statusName = chosen == null ? null : chosen.name();
        statusPosition = chosen == null ? null : chosen.position();
        statusActive = chosen == null || chosen.active();
        statusExempt = chosen != null && chosen.exemptFromAutoClose();
        statusCustomerMayFinish = chosen != null && chosen.customerMayFinish();
    }

    public void saveStatus() {
        try {
            if (editStatusId == null) {
                throw new InvalidInputException("statusId", "validation.required");
            }
            StatusView saved = statusService.change(editingId, editStatusId, new StatusChange(statusName,
                    statusExempt, statusCustomerMayFinish, statusPosition, statusActive));
            Messages.info("admin.statusSaved", saved.name());
        } catch (InvalidInputException e) {
            Messages.fieldError("statusEditForm", e);
            return;
        }
        load();
        statusChosen();
    }

    private Optional<DepartmentView> editing() {
        return departments.stream().filter(d -> d.id().equals(editingId)).findFirst();
    }

    public DepartmentView getEditing() {
        return editing().orElse(null);
    }

    public List<CategoryView> getEditCategories() {
        return editing().map(DepartmentView::categories).orElse(List.of());
    }

    public List<StatusView> getEditStatuses() {
        return editingId == null ? List.of() : statusesOf(editingId);
    }

    public void addDepartment() {
        try {
            directoryAdmin.createDepartment(newDepartment, List.of());
        } catch (InvalidInputException e) {
            Messages.fieldError("departmentForm", rename(e, "newDepartment"));
            return;
        }
        Messages.info("admin.departmentAdded", newDepartment.strip());
        newDepartment = null;
        load();
    }

    public void addCategory() {
        try {
            requireDepartment();
            directoryAdmin.addCategory(departmentId, newCategory);
        } catch (InvalidInputException e) {
            Messages.fieldError("detailForm", detailField(e, "newCategory"));
            return;
        }
        Messages.info("admin.categoryAdded", newCategory.strip());
        newCategory = null;
        load();
    }

    public void addStatus() {
        try {
            requireDepartment();
            statusService.create(departmentId, newStatus, newStatusExempt, newStatusCustomerMayFinish);
        } catch (InvalidInputException e) {
            Messages.fieldError("detailForm", detailField(e, "newStatus"));
            return;
        }
        Messages.info("admin.statusAdded", newStatus.strip());
        newStatus = null;
        newStatusExempt = false;
        newStatusCustomerMayFinish = false;
        load();
    }

    /** The sender form shows what the chosen department has. */
    public void senderDepartmentChanged() {
        DepartmentView chosen = departments.stream().filter(d -> d.id().equals(senderDepartmentId)).findFirst()
                .orElse(null);
        senderAddress = chosen == null ? null : chosen.senderAddress();
        senderName = chosen == null ? null : chosen.senderName();
    }

    public void saveSender() {
        try {
            if (senderDepartmentId == null) {
                throw new InvalidInputException("senderDepartmentId", "validation.required");
            }
            directoryAdmin.changeDepartmentSender(senderDepartmentId, senderAddress, senderName);
        } catch (InvalidInputException e) {
            Messages.fieldError("senderForm", e);
            return;
        }
        Messages.info("admin.senderSaved");
        load();
    }

    public List<StatusView> statusesOf(Long department) {
        return statuses.getOrDefault(department, List.of());
    }

    private void requireDepartment() {
        if (departmentId == null) {
            throw new InvalidInputException("departmentId", "validation.required");
        }
    }

    /** The service names the domain's field; the form's input for it has another id. */
    private static InvalidInputException rename(InvalidInputException e, String inputId) {
        return new InvalidInputException(inputId, e.messageKey());
    }

    /** In the detail form an error is about the chosen department or about the name typed. */
    private static InvalidInputException detailField(InvalidInputException e, String nameInputId) {
        return "departmentId".equals(e.field()) ? e : rename(e, nameInputId);
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(String newDepartment) {
        this.newDepartment = newDepartment;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public boolean isNewStatusExempt() {
        return newStatusExempt;
    }

    public void setNewStatusExempt(boolean newStatusExempt) {
        this.newStatusExempt = newStatusExempt;
    }

    public boolean isNewStatusCustomerMayFinish() {
        return newStatusCustomerMayFinish;
    }

    public void setNewStatusCustomerMayFinish(boolean newStatusCustomerMayFinish) {
        this.newStatusCustomerMayFinish = newStatusCustomerMayFinish;
    }

    public Long getSenderDepartmentId() {
        return senderDepartmentId;
    }

    public void setSenderDepartmentId(Long senderDepartmentId) {
        this.senderDepartmentId = senderDepartmentId;
    }

    public String getSenderAddress() {
        return senderAddress;
    }

    public void setSenderAddress(String senderAddress) {
        this.senderAddress = senderAddress;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public Integer getEditPosition() {
        return editPosition;
    }

    public void setEditPosition(Integer editPosition) {
        this.editPosition = editPosition;
    }

    public boolean isEditActive() {
        return editActive;
    }

    public void setEditActive(boolean editActive) {
        this.editActive = editActive;
    }

    public Long getEditCategoryId() {
        return editCategoryId;
    }

    public void setEditCategoryId(Long editCategoryId) {
        this.editCategoryId = editCategoryId;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public void setCategoryName(String categoryName) {
        this.categoryName = categoryName;
    }

    public Integer getCategoryPosition() {
        return categoryPosition;
    }

    public void setCategoryPosition(Integer categoryPosition) {
        this.categoryPosition = categoryPosition;
    }

    public boolean isCategoryActive() {
        return categoryActive;
    }

    public void setCategoryActive(boolean categoryActive) {
        this.categoryActive = categoryActive;
    }

    public Long getEditStatusId() {
        return editStatusId;
    }

    public void setEditStatusId(Long editStatusId) {
        this.editStatusId = editStatusId;
    }

    public String getStatusName() {
        return statusName;
    }

    public void setStatusName(String statusName) {
        this.statusName = statusName;
    }

    public Integer getStatusPosition() {
        return statusPosition;
    }

    public void setStatusPosition(Integer statusPosition) {
        this.statusPosition = statusPosition;
    }

    public boolean isStatusActive() {
        return statusActive;
    }

    public void setStatusActive(boolean statusActive) {
        this.statusActive = statusActive;
    }

    public boolean isStatusExempt() {
        return statusExempt;
    }

    public void setStatusExempt(boolean statusExempt) {
        this.statusExempt = statusExempt;
    }

    public boolean isStatusCustomerMayFinish() {
        return statusCustomerMayFinish;
    }

    public void setStatusCustomerMayFinish(boolean statusCustomerMayFinish) {
        this.statusCustomerMayFinish = statusCustomerMayFinish;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }
}
