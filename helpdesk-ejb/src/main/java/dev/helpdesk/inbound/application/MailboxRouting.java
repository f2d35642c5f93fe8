package dev.helpdesk.inbound.application;

import dev.helpdesk.directory.application.ClassificationUsers;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The active mailboxes that open tickets in a department or category: they keep it from being deactivated. */
@Stateless
@Local(ClassificationUsers.class)
@RolesAllowed(Roles.ADMIN)
public class MailboxRouting implements ClassificationUsers {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<String> activeUsersOf(long departmentId, Long categoryId) {
        String jpql = "SELECT m.address FROM InboundMailbox m WHERE m.active = TRUE AND m.department.id = :department"
                + (categoryId == null ? "" : " AND m.category.id = :category") + " ORDER BY m.address";
        var query = em.createQuery(jpql, String.class).setParameter("department", departmentId);
        if (categoryId != null) {
            query.setParameter("category", categoryId);
        }
        return query.getResultList();
    }
}
