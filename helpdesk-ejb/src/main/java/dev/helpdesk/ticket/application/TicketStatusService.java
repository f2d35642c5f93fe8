package dev.helpdesk.ticket.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.InputChecks;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Positions;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.domain.TicketStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The custom statuses of each department: administrators define them, agents pick from them. */
@Stateless
public class TicketStatusService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    @RolesAllowed(Roles.ADMIN)
    public StatusView create(long departmentId, String name, boolean exemptFromAutoClose, boolean customerMayFinish) {
        Department department = em.find(Department.class, departmentId);
        if (department == null) {
            throw new InvalidInputException("departmentId", "validation.department.unknown");
        }
        TicketStatus status = new TicketStatus(department, name, clock.instant());
        requireUnique(department.id(), status.name(), null);
        status.exemptFromAutoClose(exemptFromAutoClose);
        status.letCustomerFinish(customerMayFinish);
        status.placeAt(inOrder(department.id()).size() + 1);
        em.persist(status);
        em.flush();
        return view(status);
    }

    /**
     * Renames a status, moves it, (de)activates it or changes what it does; tickets that carry it keep it, under
     * the new name, even while it is inactive (agents can no longer set it). Every field is checked before anything
     * changes; audited.
     */
    @RolesAllowed(Roles.ADMIN)
    public StatusView change(long departmentId, long statusId, StatusChange change) {
        Inputs.required("body", change);
        TicketStatus status = em.find(TicketStatus.class, statusId);
        Department department = em.find(Department.class, departmentId);
        if (status == null || department == null || !status.belongsTo(department)) {
            throw new NotFoundException("status", statusId);
        }
        InputChecks checks = new InputChecks();
        String name = checks.value(() -> Inputs.requiredText("name", change.name(), TicketStatus.MAX_NAME_LENGTH));
        // checked before the rename, which the query would otherwise flush into the unique index
        if (name != null) {
            checks.value(() -> {
                requireUnique(departmentId, name, statusId);
                return null;
            });
        }
        checks.position("position", change.position());
        checks.throwIfAny();
        String before = text(status);
        status.rename(name);
        status.exemptFromAutoClose(change.exemptFromAutoClose());
        status.letCustomerFinish(change.customerMayFinish());
        if (change.active() != null) {
            status.activate(change.active());
        }
        if (change.position() != null) {
            List<TicketStatus> moved = Positions.moveTo(inOrder(departmentId), status, change.position(), "position");
            for (int i = 0; i < moved.size(); i++) {
                moved.get(i).placeAt(i + 1);
            }
        }
        em.flush();
        audit.changed(AuditAction.STATUS_CHANGED, "status", statusId, before, text(status));
        return view(status);
    }

    private List<TicketStatus> inOrder(long departmentId) {
        return em.createQuery("SELECT s FROM TicketStatus s WHERE s.department.id = :department "
                        + "ORDER BY s.position, s.name", TicketStatus.class)
                .setParameter("department", departmentId).getResultList();
    }

    private static String text(TicketStatus status) {
        return "name=" + status.name() + ", position=" + status.position() + ", active=" + status.isActive()
                + ", exemptFromAutoClose=" + status.isExemptFromAutoClose()
                + ", customerMayFinish=" + status.letsCustomerFinish();
    }

    private void requireUnique(long departmentId, String name, Long except) {
        long taken = em.createQuery("SELECT COUNT(s) FROM TicketStatus s WHERE s.department.id = :department "
                        + "AND LOWER(s.name) = LOWER(:name) AND s.id <> :except", Long.class)
                .setParameter("department", departmentId).setParameter("name", name)
                .setParameter("except", except == null ? -1L : except).getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("name", "validation.duplicate");
        }
    }

    private static StatusView view(TicketStatus status) {
        return new StatusView(status.id(), status.name(), status.isExemptFromAutoClose(),
                status.letsCustomerFinish(), status.position(), status.isActive());
    }

    /**
     * Every status of every department, inactive ones too, by department id, each list by position then name, in
     * one query: what Management › Departments keeps.
     */
    @RolesAllowed(Roles.ADMIN)
    public Map<Long, List<StatusView>> byDepartment() {
        return em.createQuery("SELECT s.department.id, s.id, s.name, s.exemptFromAutoClose, s.customerMayFinish, "
                        + "s.position, s.active FROM TicketStatus s ORDER BY s.position, s.name", Object[].class)
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(
                        row -> new StatusView((Long) row[1], (String) row[2], (Boolean) row[3], (Boolean) row[4],
                                (Integer) row[5], (Boolean) row[6]),
                        Collectors.toList())));
    }

    /** Every status of a department, inactive ones too, by position then name. */
    @RolesAllowed(Roles.ADMIN)
    public List<StatusView> allOf(long departmentId) {
        return inOrder(departmentId).stream().map(TicketStatusService::view).toList();
    }

    /** The active statuses of a department, by position then name: what agents may set on its tickets. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public List<StatusView> ofDepartment(long departmentId) {
        return em.createQuery("SELECT new dev.helpdesk.ticket.application.StatusView(s.id, s.name, "
                        + "s.exemptFromAutoClose, s.customerMayFinish, s.position, s.active) FROM TicketStatus s "
                        + "WHERE s.department.id = :department "
                        + "AND s.active = TRUE ORDER BY s.position, s.name", StatusView.class)
                .setParameter("department", departmentId)
                .getResultList();
    }
}
