package dev.helpdesk.web.directory.panel;

import dev.helpdesk.directory.application.DepartmentView;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.shared.domain.InvalidInputException;
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

/**
 * Management > Departments: the departments with their categories and statuses, forms to add them, and whom each
 * department's mails come from.
 */
@Named
@ViewScoped
public class DepartmentsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DirectoryAdminService directoryAdmin;

    @EJB
    private DirectoryQuery directoryQuery;

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

    @PostConstruct
    void load() {
        departments = directoryQuery.activeDepartments();
        statuses = statusService.byDepartment();
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

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }
}
