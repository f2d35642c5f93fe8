package dev.helpdesk.web.customer.panel;

import dev.helpdesk.customer.application.CustomerDirectoryService;
import dev.helpdesk.customer.application.OrganizationQuery;
import dev.helpdesk.customer.application.OrganizationView;
import dev.helpdesk.customfield.application.CustomFieldService;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.CallerPermissions;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.customfield.panel.CustomFieldInputs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Organizations, for agents whose permission group lets them see customers; registering needs the grant too. */
@Named
@ViewScoped
public class OrganizationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "organizationForm";

    @EJB
    private CustomerDirectoryService customerDirectory;

    @EJB
    private OrganizationQuery organizationQuery;

    @EJB
    private CustomFieldService customFieldService;

    @Inject
    private CallerPermissions callerPermissions;

    private boolean allowed;
    private List<OrganizationView> organizations;

    private Long editingId;
    private String name;
    private Long parentId;
    private boolean active = true;
    private CustomFieldInputs fields = CustomFieldInputs.none();

    @PostConstruct
    void load() {
        allowed = callerPermissions.getGranted().viewCustomers();
        if (allowed) {
            organizations = organizationQuery.organizations();
            clear();
        }
    }

    public void edit(OrganizationView listed) {
        OrganizationView organization = customerDirectory.organization(listed.id());
        editingId = organization.id();
        name = organization.name();
        parentId = organization.parentId();
        active = organization.active();
        fields = new CustomFieldInputs(customFieldService.formFor(CustomFieldPlace.ORGANIZATION, null),
                organization.customFields());
    }

    public void clear() {
        editingId = null;
        name = null;
        parentId = null;
        active = true;
        fields = new CustomFieldInputs(customFieldService.formFor(CustomFieldPlace.ORGANIZATION, null));
    }

    public void save() {
        try {
            if (editingId == null) {
                customerDirectory.createOrganization(name, parentId, fields.values());
            } else {
                customerDirectory.changeOrganization(editingId, name, parentId, active, fields.values());
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
        Messages.info("admin.saved");
        clear();
        organizations = organizationQuery.organizations();
    }

    public String nameOf(Long id) {
        return id == null ? "" : organizations.stream().filter(o -> o.id().equals(id)).map(OrganizationView::name)
                .findFirst().orElse("");
    }

    public boolean isMayEdit() {
        return callerPermissions.getGranted().editCustomers();
    }

    public boolean isAllowed() {
        return allowed;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
