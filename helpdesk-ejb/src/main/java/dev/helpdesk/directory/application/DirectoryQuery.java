package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Read side of the directory, for forms and the API. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.CUSTOMER})
public class DirectoryQuery {

    @PersistenceContext
    private EntityManager em;

    /**
     * Active departments with their active categories, by position then name, in one query: what a form offers
     * for a new choice (opening, transferring, a mailbox's or a rule's target).
     */
    public List<DepartmentView> activeDepartments() {
        return em.createQuery("SELECT DISTINCT d FROM Department d LEFT JOIN FETCH d.categories "
                        + "WHERE d.active = TRUE ORDER BY d.position, d.name", Department.class)
                .getResultList().stream()
                .map(DirectoryAdminService::view)
                .toList();
    }

    /**
     * Every department, inactive ones too, with every category, by position then name: what lists, filters and
     * existing records show (a ticket, a rule or a field keeps a department that was deactivated later).
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public List<DepartmentView> allDepartments() {
        return all(em);
    }

    static List<DepartmentView> all(EntityManager em) {
        return em.createQuery("SELECT DISTINCT d FROM Department d LEFT JOIN FETCH d.categories "
                        + "ORDER BY d.position, d.name", Department.class)
                .getResultList().stream()
                .map(DirectoryAdminService::adminView)
                .toList();
    }

    /** Active agents who work in a department (its linked agents and the administrators), by name. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public List<AgentSummary> agentsOf(long departmentId) {
        return em.createQuery("SELECT new dev.helpdesk.directory.application.AgentSummary(a.id, a.name) "
                        + "FROM Agent a WHERE a.active = TRUE AND (a.role = :admin OR EXISTS "
                        + "(SELECT 1 FROM Agent b JOIN b.departments d WHERE b = a AND d.id = :department)) "
                        + "ORDER BY a.name", AgentSummary.class)
                .setParameter("admin", AgentRole.ADMIN)
                .setParameter("department", departmentId)
                .getResultList();
    }

    /** Every active agent by name, as lists offer them to filter by assignee. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public List<AgentSummary> activeAgents() {
        return em.createQuery("SELECT new dev.helpdesk.directory.application.AgentSummary(a.id, a.name) "
                + "FROM Agent a WHERE a.active = TRUE ORDER BY a.name, a.id", AgentSummary.class).getResultList();
    }
}
