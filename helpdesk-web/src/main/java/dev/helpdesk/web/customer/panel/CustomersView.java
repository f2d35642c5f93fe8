package dev.helpdesk.web.customer.panel;

import dev.helpdesk.customer.application.CustomerChange;
import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.customer.application.CustomerView;
import dev.helpdesk.customer.application.NewCustomer;
import dev.helpdesk.customer.application.OrganizationQuery;
import dev.helpdesk.customer.application.OrganizationView;
import dev.helpdesk.customfield.application.CustomFieldService;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.directory.domain.CustomerData;
import dev.helpdesk.directory.domain.DirectoryKind;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.web.common.panel.CallerPermissions;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.customfield.panel.CustomFieldInputs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Customers, for agents whose permission group lets them see customers: search by name or e-mail, pages of 25,
 * and (with the permission to register them) one form to register or change a customer. Personal data the group
 * does not grant is neither shown nor editable.
 */
@Named
@ViewScoped
public class CustomersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "customerForm";
    private static final int PAGE_SIZE = 25;

    @EJB
    private CustomerDirectoryService customerDirectory;

    @EJB
    private OrganizationQuery organizationQuery;

    @EJB
    private CustomFieldService customFieldService;

    @Inject
    private CallerPermissions callerPermissions;

    private boolean allowed;
    private String search;
    private List<CustomerView> customers = new ArrayList<>();
    private boolean more;
    private List<OrganizationView> organizations;

    private Long editingId;
    private String name;
    private String email;
    private DirectoryKind directory = DirectoryKind.LOCAL;
    private String password;
    private String directoryAccount;
    private String savedDirectoryAccount;
    private String phone;
    private Long organizationId;
    private boolean active = true;
    private boolean managesOrganization;
    private CustomFieldInputs fields = CustomFieldInputs.none();

    @PostConstruct
    void load() {
        allowed = callerPermissions.getGranted().viewCustomers();
        if (!allowed) {
            return;
        }
        organizations = organizationQuery.organizations();
        find();
        clear();
    }

    public void find() {
        customers = new ArrayList<>();
        nextPage(null);
    }

    public void loadMore() {
        nextPage(customers.isEmpty() ? null : customers.get(customers.size() - 1).id());
    }

    private void nextPage(Long before) {
        try {
            List<CustomerView> page = customerDirectory.customers(search, before, PAGE_SIZE);
            customers.addAll(page);
            more = page.size() == PAGE_SIZE;
        } catch (AccessDeniedException e) {
            allowed = false;
        }
    }

    public void edit(CustomerView customer) {
        editingId = customer.id();
        name = customer.name();
        email = customer.email();
        directory = customer.directory();
        directoryAccount = customer.directoryAccount();
        savedDirectoryAccount = customer.directoryAccount();
        phone = customer.phone();
        organizationId = customer.organizationId();
        active = customer.active();
        managesOrganization = customer.managesOrganization();
        fields = new CustomFieldInputs(visibleFields(), customer.customFields());
    }

    public void clear() {
        editingId = null;
        name = null;
        email = null;
        directory = DirectoryKind.LOCAL;
        password = null;
        directoryAccount = null;
        savedDirectoryAccount = null;
        phone = null;
        organizationId = null;
        managesOrganization = false;
        active = true;
        fields = new CustomFieldInputs(visibleFields());
    }

    public boolean isManagesOrganization() {
        return managesOrganization;
    }

    public void setManagesOrganization(boolean managesOrganization) {
        this.managesOrganization = managesOrganization;
    }

    public void save() {
        try {
            if (editingId == null) {
                boolean local = directory == DirectoryKind.LOCAL;
                customerDirectory.createCustomer(new NewCustomer(name, email, directory, local ? password : null,
                        local ? null : directoryAccount, null, organizationId, phone, fields.values()));
                Messages.info("customers.added", name.strip());
            } else {
                customerDirectory.changeCustomer(editingId, new CustomerChange(name, phone, organizationId,
                        organizationId != null && managesOrganization, active, fields.values()));
                if (isDirectoryAccountEditable() && !Objects.equals(blankless(directoryAccount),
                        savedDirectoryAccount)) {
                    customerDirectory.changeDirectoryAccount(editingId, directoryAccount);
                }
                Messages.info("admin.saved");
            }
        } catch (InvalidInputException e) {
            if (!fields.showError(e)) {
                Messages.fieldError(FORM, e);
            }
            return;
        } catch (AccessDeniedException e) {
            Messages.error("customers.readOnly");
            return;
        }
        clear();
        find();
    }

    /** The customer record's fields this agent's group lets them see (and so fill in). */
    private List<dev.helpdesk.customfield.application.CustomFieldView> visibleFields() {
        return customFieldService.formFor(CustomFieldPlace.CUSTOMER, null).stream()
                .filter(f -> callerPermissions.getGranted().mayView(CustomerData.field(f.id())))
                .toList();
    }

    public boolean isMayViewEmail() {
        return callerPermissions.getGranted().mayView(CustomerData.EMAIL);
    }

    public boolean isMayViewPhone() {
        return callerPermissions.getGranted().mayView(CustomerData.PHONE);
    }

    public boolean isMayEdit() {
        return callerPermissions.getGranted().editCustomers();
    }

    /**
     * Whether the form shows the directory account name: to administrators, for a new customer or one who signs in
     * through the company directory. Only administrators decide whose directory password opens a login.
     */
    public boolean isDirectoryAccountEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN)
                && (editingId == null || directory == DirectoryKind.LDAP);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public DirectoryKind[] getDirectories() {
        return DirectoryKind.values();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isMore() {
        return more;
    }

    public List<CustomerView> getCustomers() {
        return customers;
    }

    public List<OrganizationView> getOrganizations() {
        return organizations;
    }

    public CustomFieldInputs getFields() {
        return fields;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public DirectoryKind getDirectory() {
        return directory;
    }

    public void setDirectory(DirectoryKind directory) {
        this.directory = directory;
    }

    public String getDirectoryAccount() {
        return directoryAccount;
    }

    public void setDirectoryAccount(String directoryAccount) {
        this.directoryAccount = directoryAccount;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
