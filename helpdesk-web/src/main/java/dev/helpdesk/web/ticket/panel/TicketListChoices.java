package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.customer.application.OrganizationQuery;
import dev.helpdesk.customer.application.OrganizationView;
import dev.helpdesk.directory.application.AgentSummary;
import dev.helpdesk.directory.application.CategoryView;
import dev.helpdesk.directory.application.DepartmentView;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.ticket.application.StatusView;
import dev.helpdesk.ticket.application.TicketStatusService;
import dev.helpdesk.web.common.panel.CallerPermissions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the agent's ticket list offers to filter by, read once for the page: departments with their categories,
 * a department's statuses, agents, and organizations for those who may see customers.
 */
@Named
@ViewScoped
public class TicketListChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DirectoryQuery directory;

    @EJB
    private TicketStatusService statuses;

    @EJB
    private OrganizationQuery organizationQuery;

    @Inject
    private CallerPermissions permissions;

    private List<DepartmentView> departments;
    private List<AgentSummary> agents;
    private List<OrganizationView> organizations;
    private final Map<Long, List<StatusView>> statusesByDepartment = new HashMap<>();

    public List<DepartmentView> getDepartments() {
        if (departments == null) {
            departments = directory.allDepartments();
        }
        return departments;
    }

    /** The categories of the chosen department; none before one is chosen. */
    public List<CategoryView> categoriesOf(Long departmentId) {
        return departmentId == null ? List.of() : getDepartments().stream()
                .filter(d -> d.id().equals(departmentId)).findFirst()
                .map(DepartmentView::categories).orElse(List.of());
    }

    /** The statuses of the chosen department; none before one is chosen. */
    public List<StatusView> statusesOf(Long departmentId) {
        return departmentId == null ? List.of()
                : statusesByDepartment.computeIfAbsent(departmentId, statuses::ofDepartment);
    }

    public List<AgentSummary> getAgents() {
        if (agents == null) {
            agents = directory.activeAgents();
        }
        return agents;
    }

    /** Organizations by name, for agents whose group lets them see customers; none for the others. */
    public List<OrganizationView> getOrganizations() {
        if (organizations == null) {
            organizations = permissions.getGranted().viewCustomers() ? organizationQuery.organizations() : List.of();
        }
        return organizations;
    }
}
