package dev.helpdesk.ticket.application;

import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.domain.TicketStatus;
import jakarta.annotation.security.RolesAllowed;
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
        em.persist(status);
        em.flush();
        return view(status);
    }

    /** Renames a status or changes what it does; tickets that carry it keep it, under the new name. */
    @RolesAllowed(Roles.ADMIN)
    public StatusView change(long departmentId, long statusId, String name, boolean exemptFromAutoClose,
                             boolean customerMayFinish) {
        TicketStatus status = em.find(TicketStatus.class, statusId);
        Department department = em.find(Department.class, departmentId);
        if (status == null || department == null || !status.belongsTo(department)) {
            throw new NotFoundException("status", statusId);
        }
        // checked before the rename, which the query would otherwise flush into the unique index
        requireUnique(departmentId, Inputs.requiredText("name", name, TicketStatus.MAX_NAME_LENGTH), statusId);
        status.rename(name);
        status.exemptFromAutoClose(exemptFromAutoClose);
        status.letCustomerFinish(customerMayFinish);
        return view(status);
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
                status.letsCustomerFinish());
    }

    /** The active statuses of every department, by department id, in one query. */
    @RolesAllowed(Roles.ADMIN)
    public Map<Long, List<StatusView>> byDepartment() {
        return em.createQuery("SELECT s.department.id, s.id, s.name, s.exemptFromAutoClose, s.customerMayFinish "
                        + "FROM TicketStatus s WHERE s.active = TRUE ORDER BY s.name", Object[].class)
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(
                        row -> new StatusView((Long) row[1], (String) row[2], (Boolean) row[3], (Boolean) row[4]),
                        Collectors.toList())));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public List<StatusView> ofDepartment(long departmentId) {
        return em.createQuery("SELECT new dev.helpdesk.ticket.application.StatusView(s.id, s.name, "
                        + "s.exemptFromAutoClose, s.customerMayFinish) FROM TicketStatus s "
                        + "WHERE s.department.id = :department "
                        + "AND s.active = TRUE ORDER BY s.name", StatusView.class)
                .setParameter("department", departmentId)
                .getResultList();
    }
}
