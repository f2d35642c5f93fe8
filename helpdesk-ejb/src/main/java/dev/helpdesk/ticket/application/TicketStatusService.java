package dev.helpdesk.ticket.application;

import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.InvalidInputException;
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
    public StatusView create(long departmentId, String name, boolean exemptFromAutoClose) {
        Department department = em.find(Department.class, departmentId);
        if (department == null) {
            throw new InvalidInputException("departmentId", "validation.department.unknown");
        }
        TicketStatus status = new TicketStatus(department, name, clock.instant());
        long taken = em.createQuery("SELECT COUNT(s) FROM TicketStatus s WHERE s.department = :department "
                        + "AND LOWER(s.name) = LOWER(:name)", Long.class)
                .setParameter("department", department).setParameter("name", status.name()).getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("name", "validation.duplicate");
        }
        status.exemptFromAutoClose(exemptFromAutoClose);
        em.persist(status);
        em.flush();
        return new StatusView(status.id(), status.name(), status.isExemptFromAutoClose());
    }

    /** The active statuses of every department, by department id, in one query. */
    @RolesAllowed(Roles.ADMIN)
    public Map<Long, List<StatusView>> byDepartment() {
        return em.createQuery("SELECT s.department.id, s.id, s.name, s.exemptFromAutoClose FROM TicketStatus s "
                        + "WHERE s.active = TRUE ORDER BY s.name", Object[].class)
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(
                        row -> new StatusView((Long) row[1], (String) row[2], (Boolean) row[3]), Collectors.toList())));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public List<StatusView> ofDepartment(long departmentId) {
        return em.createQuery("SELECT new dev.helpdesk.ticket.application.StatusView(s.id, s.name, "
                        + "s.exemptFromAutoClose) FROM TicketStatus s WHERE s.department.id = :department "
                        + "AND s.active = TRUE ORDER BY s.name", StatusView.class)
                .setParameter("department", departmentId)
                .getResultList();
    }
}
