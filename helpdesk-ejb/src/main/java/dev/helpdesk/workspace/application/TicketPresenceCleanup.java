package dev.helpdesk.workspace.application;

import dev.helpdesk.ticket.domain.event.TicketDeleted;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A deleted ticket's signs of typing go with it. Internal: observes the ticket's deletion. */
@Stateless
@LocalBean
@PermitAll
public class TicketPresenceCleanup {

    @PersistenceContext
    private EntityManager em;

    public void deleted(@Observes TicketDeleted deleted) {
        em.createNativeQuery("DELETE FROM ticket_presence WHERE ticket_protocol = ?1")
                .setParameter(1, deleted.protocol()).executeUpdate();
    }
}
