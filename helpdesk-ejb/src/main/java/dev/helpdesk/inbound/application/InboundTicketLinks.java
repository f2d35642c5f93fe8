package dev.helpdesk.inbound.application;

import dev.helpdesk.ticket.domain.event.TicketDeleted;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The messages taken in from mailboxes stay on record when their ticket is deleted, without it (their Message-IDs
 * still keep a second delivery from opening a ticket again). Internal: observes the ticket's deletion.
 */
@Stateless
@LocalBean
@PermitAll
public class InboundTicketLinks {

    @PersistenceContext
    private EntityManager em;

    public void deleted(@Observes TicketDeleted deleted) {
        em.createNativeQuery("UPDATE inbound_message SET ticket_protocol = NULL WHERE ticket_protocol = ?1")
                .setParameter(1, deleted.protocol()).executeUpdate();
    }
}
