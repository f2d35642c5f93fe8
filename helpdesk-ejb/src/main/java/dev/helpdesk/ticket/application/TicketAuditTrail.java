package dev.helpdesk.ticket.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.ticket.domain.event.TicketDeleted;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;

/** Writes the ticket changes the audit log keeps (a deletion, with what was deleted) in the change's transaction. */
@Stateless
@LocalBean
@PermitAll
public class TicketAuditTrail {

    @EJB
    private AuditLog audit;

    public void deleted(@Observes TicketDeleted deleted) {
        audit.changed(AuditAction.TICKET_DELETED, "ticket", deleted.protocol(), deleted.summary(), null);
    }
}
