package dev.helpdesk.web.directory.panel;

import dev.helpdesk.customfield.application.CustomFieldService;
import dev.helpdesk.customfield.application.CustomFieldView;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.application.PermissionGroupView;
import dev.helpdesk.directory.domain.CustomerData;
import dev.helpdesk.directory.domain.GroupPermissions;
import dev.helpdesk.directory.domain.TicketVisibility;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Management > Permission groups: what plain agents may see and do — which tickets, customers and organizations,
 * reports and satisfaction answers, and which personal data of customers.
 */
@Named
@ViewScoped
public class PermissionGroupsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "groupForm";

    @EJB
    private DirectoryAdminService directoryAdmin;

    @EJB
    private CustomFieldService customFieldService;

    private List<PermissionGroupView> groups;
    private List<SelectItem> customerDataItems;

    private Long editingId;
    private String name;
    private TicketVisibility ticketVisibility = TicketVisibility.LINKED_DEPARTMENTS;
    private boolean viewCustomers = true;
    private boolean editCustomers = true;
    private boolean viewReports;
    private boolean viewTicketSurveys;
    private boolean viewChatSurveys;
    private List<String> customerData = new ArrayList<>(List.of(CustomerData.EMAIL, CustomerData.PHONE));

    @PostConstruct
    void load() {
        groups = directoryAdmin.permissionGroups();
        customerDataItems = new ArrayList<>();
        customerDataItems.add(new SelectItem(CustomerData.EMAIL, Messages.text("customer.email")));
        customerDataItems.add(new SelectItem(CustomerData.PHONE, Messages.text("customer.phone")));
        for (CustomFieldView field : customFieldService.formFor(CustomFieldPlace.CUSTOMER, null)) {
            customerDataItems.add(new SelectItem(CustomerData.field(field.id()), field.label()));
        }
    }

    public void edit(PermissionGroupView group) {
        editingId = group.id();
        name = group.name();
        ticketVisibility = group.ticketVisibility();
        viewCustomers = group.viewCustomers();
        editCustomers = group.editCustomers();
        viewReports = group.viewReports();
        viewTicketSurveys = group.viewTicketSurveys();
        viewChatSurveys = group.viewChatSurveys();
        customerData = new ArrayList<>(group.customerData());
    }

    public void clear() {
        editingId = null;
        name = null;
        ticketVisibility = TicketVisibility.LINKED_DEPARTMENTS;
        viewCustomers = true;
        editCustomers = true;
        viewReports = false;
        viewTicketSurveys = false;
        viewChatSurveys = false;
        customerData = new ArrayList<>(List.of(CustomerData.EMAIL, CustomerData.PHONE));
    }

    public void save() {
        GroupPermissions permissions = new GroupPermissions(ticketVisibility, viewCustomers, editCustomers,
                viewReports, viewTicketSurveys, viewChatSurveys, Set.copyOf(customerData));
        try {
            if (editingId == null) {
                directoryAdmin.createPermissionGroup(name, permissions);
            } else {
                directoryAdmin.changePermissionGroup(editingId, name, permissions);
            }
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        }
        Messages.info("admin.saved");
        clear();
        load();
    }

    public void delete(PermissionGroupView group) {
        try {
            directoryAdmin.deletePermissionGroup(group.id());
        } catch (InvalidInputException e) {
            Messages.error(e.messageKey());
            return;
        }
        Messages.info("admin.groupDeleted", group.name());
        load();
    }

    public TicketVisibility[] getVisibilities() {
        return TicketVisibility.values();
    }

    public List<SelectItem> getCustomerDataItems() {
        return customerDataItems;
    }

    public List<PermissionGroupView> getGroups() {
        return groups;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TicketVisibility getTicketVisibility() {
        return ticketVisibility;
    }

    public void setTicketVisibility(TicketVisibility ticketVisibility) {
        this.ticketVisibility = ticketVisibility;
    }

    public boolean isViewCustomers() {
        return viewCustomers;
    }

    public void setViewCustomers(boolean viewCustomers) {
        this.viewCustomers = viewCustomers;
    }

    public boolean isEditCustomers() {
        return editCustomers;
    }

    public void setEditCustomers(boolean editCustomers) {
        this.editCustomers = editCustomers;
    }

    public boolean isViewReports() {
        return viewReports;
    }

    public void setViewReports(boolean viewReports) {
        this.viewReports = viewReports;
    }

    public boolean isViewTicketSurveys() {
        return viewTicketSurveys;
    }

    public void setViewTicketSurveys(boolean viewTicketSurveys) {
        this.viewTicketSurveys = viewTicketSurveys;
    }

    public boolean isViewChatSurveys() {
        return viewChatSurveys;
    }

    public void setViewChatSurveys(boolean viewChatSurveys) {
        this.viewChatSurveys = viewChatSurveys;
    }

    public List<String> getCustomerData() {
        return customerData;
    }

    public void setCustomerData(List<String> customerData) {
        this.customerData = customerData;
    }
}
