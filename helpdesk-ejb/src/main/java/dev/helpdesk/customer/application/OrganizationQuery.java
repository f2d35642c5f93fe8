package dev.helpdesk.customer.application;

import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The organizations agents pick from in forms and filters (seeing their records is the customer service's). */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class OrganizationQuery {

    @PersistenceContext
    private EntityManager em;

    /** Active organizations by name. */
    public List<OrganizationView> organizations() {
        return em.createQuery("SELECT new dev.helpdesk.customer.application.OrganizationView(o.id, o.name, p.id) "
                        + "FROM Organization o LEFT JOIN o.parent p WHERE o.active = TRUE ORDER BY o.name",
                        OrganizationView.class)
                .getResultList();
    }
}
