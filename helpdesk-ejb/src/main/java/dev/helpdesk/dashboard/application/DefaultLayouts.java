package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.DashboardLayout;
import dev.helpdesk.dashboard.domain.DefaultDashboard;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The default an agent gets: their permission group's (plain agents only, as groups govern only them), else their
 * role's, else the built-in layout.
 */
@Dependent
public class DefaultLayouts {

    @PersistenceContext
    private EntityManager em;

    public DashboardLayout of(Agent agent) {
        if (agent.role() == AgentRole.AGENT) {
            List<DefaultDashboard> group = em.createQuery("SELECT d FROM DefaultDashboard d "
                    + "WHERE d.permissionGroupId = :group", DefaultDashboard.class)
                    .setParameter("group", agent.permissionGroup().id()).getResultList();
            if (!group.isEmpty()) {
                return group.get(0).layout();
            }
        }
        return em.createQuery("SELECT d FROM DefaultDashboard d WHERE d.role = :role", DefaultDashboard.class)
                .setParameter("role", agent.role()).getResultList().stream().findFirst()
                .map(DefaultDashboard::layout).orElse(DashboardLayout.BUILT_IN);
    }
}
