package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.DashboardAudience;
import dev.helpdesk.dashboard.domain.DashboardLayout;
import dev.helpdesk.dashboard.domain.DefaultDashboard;
import dev.helpdesk.dashboard.domain.ReportPeriod;
import dev.helpdesk.dashboard.domain.WidgetPlacement;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.PermissionGroup;
import dev.helpdesk.shared.domain.InputChecks;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Management of the default dashboards: one per role and one per permission group at most, what people see until
 * they arrange their own. Administrators only.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DefaultDashboardService {

    @PersistenceContext
    private EntityManager em;

    public List<DefaultDashboardView> defaults() {
        return em.createQuery("SELECT d FROM DefaultDashboard d ORDER BY d.id", DefaultDashboard.class)
                .getResultList().stream().map(this::view).toList();
    }

    /**
     * Sets the default of a role ({@code role}) or of a permission group ({@code permissionGroupId}), replacing
     * the one it had. Every wrong field is refused at once: {@code audience} (neither or both given, or an unknown
     * group), {@code widgets} (none, or one twice), {@code period} (not 7, 30 or 90 days).
     */
    public DefaultDashboardView save(AgentRole role, Long permissionGroupId, List<WidgetPlacement> widgets,
                                     Integer periodDays) {
        InputChecks checks = new InputChecks();
        DashboardAudience audience = checks.value(() -> audience(role, permissionGroupId));
        ReportPeriod period = checks.value(() -> ReportPeriod.ofDays(periodDays == null ? 0 : periodDays));
        DashboardLayout layout = checks.value(() -> {
            if (widgets == null || widgets.isEmpty()) {
                throw new InvalidInputException("widgets", "validation.dashboard.empty");
            }
            return new DashboardLayout(widgets, ReportPeriod.DAYS_30);
        });
        checks.throwIfAny();
        DashboardLayout chosen = layout.withPeriod(period);
        DefaultDashboard existing = find(audience);
        if (existing == null) {
            existing = new DefaultDashboard(audience, chosen);
            em.persist(existing);
        } else {
            existing.arrange(chosen);
        }
        em.flush();
        return view(existing);
    }

    public void delete(long id) {
        DefaultDashboard existing = em.find(DefaultDashboard.class, id);
        if (existing == null) {
            throw new NotFoundException("defaultDashboard", id);
        }
        em.remove(existing);
    }

    private DashboardAudience audience(AgentRole role, Long permissionGroupId) {
        if ((role == null) == (permissionGroupId == null)) {
            throw new InvalidInputException("audience", "validation.dashboard.audience");
        }
        if (role != null) {
            return DashboardAudience.of(role);
        }
        if (em.find(PermissionGroup.class, permissionGroupId) == null) {
            throw new InvalidInputException("audience", "validation.dashboard.audience");
        }
        return DashboardAudience.ofGroup(permissionGroupId);
    }

    private DefaultDashboard find(DashboardAudience audience) {
        return (audience.role() != null
                ? em.createQuery("SELECT d FROM DefaultDashboard d WHERE d.role = :role", DefaultDashboard.class)
                        .setParameter("role", audience.role())
                : em.createQuery("SELECT d FROM DefaultDashboard d WHERE d.permissionGroupId = :group",
                        DefaultDashboard.class).setParameter("group", audience.permissionGroupId()))
                .getResultList().stream().findFirst().orElse(null);
    }

    private DefaultDashboardView view(DefaultDashboard d) {
        DashboardAudience audience = d.audience();
        String groupName = audience.permissionGroupId() == null ? null
                : em.find(PermissionGroup.class, audience.permissionGroupId()).name();
        return new DefaultDashboardView(d.id(), audience, groupName, d.layout());
    }
}
