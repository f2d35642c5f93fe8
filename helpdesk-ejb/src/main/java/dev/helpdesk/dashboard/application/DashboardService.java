package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.DashboardLayout;
import dev.helpdesk.dashboard.domain.PersonalDashboard;
import dev.helpdesk.dashboard.domain.WidgetKind;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/**
 * Each agent's own dashboard: the layout they arranged, kept on the server, or the default for them until they
 * arrange one; "reset to default" forgets theirs.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class DashboardService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private DefaultLayouts defaults;

    /** The caller's layout: their own, or their default; without what they may not see. */
    public MyDashboard mine() {
        Agent agent = currentUser.agent();
        Set<WidgetKind> allowed = DashboardQuery.available(CurrentUser.callerOf(agent));
        PersonalDashboard own = em.find(PersonalDashboard.class, agent.id());
        DashboardLayout layout = own != null ? own.layout() : defaults.of(agent);
        return new MyDashboard(layout.keeping(allowed), own != null, allowed);
    }

    /** Keeps the layout as the caller's own; a widget they may not see is refused. */
    public MyDashboard arrange(DashboardLayout layout) {
        Agent agent = currentUser.agent();
        Set<WidgetKind> allowed = DashboardQuery.available(CurrentUser.callerOf(agent));
        if (!allowed.containsAll(layout.kinds())) {
            throw new InvalidInputException("widgets", "validation.dashboard.notAvailable");
        }
        PersonalDashboard own = em.find(PersonalDashboard.class, agent.id());
        if (own == null) {
            em.persist(new PersonalDashboard(agent.id(), layout));
        } else {
            own.arrange(layout);
        }
        return new MyDashboard(layout, true, allowed);
    }

    /** Forgets the caller's own layout: their default shows again. */
    public MyDashboard resetToDefault() {
        Agent agent = currentUser.agent();
        PersonalDashboard own = em.find(PersonalDashboard.class, agent.id());
        if (own != null) {
            em.remove(own);
        }
        Set<WidgetKind> allowed = DashboardQuery.available(CurrentUser.callerOf(agent));
        return new MyDashboard(defaults.of(agent).keeping(allowed), false, allowed);
    }
}
