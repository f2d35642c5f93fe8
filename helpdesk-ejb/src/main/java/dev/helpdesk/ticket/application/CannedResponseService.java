package dev.helpdesk.ticket.application;

import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.domain.CannedResponse;
import dev.helpdesk.ticket.domain.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Canned responses: administrators keep them, agents insert them into replies. */
@Stateless
public class CannedResponseService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.ADMIN)
    public CannedResponseView create(String title, String body, List<Long> departmentIds) {
        CannedResponse response = new CannedResponse(title, body, departments(departmentIds), clock.instant());
        em.persist(response);
        em.flush();
        return view(response);
    }

    @RolesAllowed(Roles.ADMIN)
    public CannedResponseView change(long id, String title, String body, List<Long> departmentIds) {
        CannedResponse response = find(id);
        response.change(title, body, departments(departmentIds));
        return view(response);
    }

    @RolesAllowed(Roles.ADMIN)
    public void deactivate(long id) {
        find(id).deactivate();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<CannedResponseView> all() {
        return em.createQuery("SELECT DISTINCT r FROM CannedResponse r LEFT JOIN FETCH r.departments "
                        + "ORDER BY r.title", CannedResponse.class)
                .getResultList().stream().map(CannedResponseService::view).toList();
    }

    /**
     * The active canned responses that serve the ticket's department, filled in for that ticket and the calling
     * agent. A ticket the agent may not handle does not exist for them.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public List<RenderedResponse> forTicket(long protocol) {
        Agent agent = currentUser.agent();
        Ticket ticket = em.find(Ticket.class, protocol);
        if (ticket == null || !ticket.isHandledBy(agent)) {
            throw new NotFoundException("ticket", protocol);
        }
        return em.createQuery("SELECT DISTINCT r FROM CannedResponse r LEFT JOIN FETCH r.departments "
                        + "WHERE r.active = TRUE", CannedResponse.class)
                .getResultList().stream()
                .filter(r -> r.servesDepartment(ticket.department()))
                .sorted(Comparator.comparing(CannedResponse::title))
                .map(r -> new RenderedResponse(r.id(), r.title(), r.renderFor(ticket, agent.name())))
                .toList();
    }

    private Set<Department> departments(List<Long> ids) {
        Set<Department> departments = new HashSet<>();
        if (ids != null) {
            for (Long id : ids) {
                Department department = id == null ? null : em.find(Department.class, id);
                if (department == null) {
                    throw new InvalidInputException("departmentIds", "validation.department.unknown");
                }
                departments.add(department);
            }
        }
        return departments;
    }

    private CannedResponse find(long id) {
        CannedResponse response = em.find(CannedResponse.class, id);
        if (response == null) {
            throw new NotFoundException("canned response", id);
        }
        return response;
    }

    private static CannedResponseView view(CannedResponse response) {
        return new CannedResponseView(response.id(), response.title(), response.body(),
                response.departments().stream().map(Department::id).sorted().toList(), response.isActive());
    }
}
