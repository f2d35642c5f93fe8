package dev.helpdesk.security.token.application;

import dev.helpdesk.directory.domain.event.CustomerDeleted;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A deleted customer's API tokens go with them. Internal: observes the customer's deletion. */
@Stateless
@LocalBean
@PermitAll
public class ApiTokenCleanup {

    @PersistenceContext
    private EntityManager em;

    public void deleted(@Observes CustomerDeleted deleted) {
        em.createNativeQuery("DELETE FROM api_token WHERE customer_id = ?1")
                .setParameter(1, deleted.customerId()).executeUpdate();
    }
}
