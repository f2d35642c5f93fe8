package dev.helpdesk.mail.application;

import dev.helpdesk.mail.domain.OutboundMail;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * The outbox for administrators: newest first, a page at a time (keyset on the id), optionally by state or by the
 * ticket the mails are about.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OutboxQuery {

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    public List<OutboxView> page(OutboundMail.State state, Long ticketProtocol, Long beforeId, int max) {
        String where = (state == null ? "" : " AND m.state = :state")
                + (ticketProtocol == null ? "" : " AND m.ticketProtocol = :ticket")
                + (beforeId == null ? "" : " AND m.id < :before");
        TypedQuery<OutboxView> query = em.createQuery("SELECT new dev.helpdesk.mail.application.OutboxView(m.id, "
                        + "m.recipient, m.subject, m.ticketProtocol, m.state, m.attempts, m.createdAt, m.sentAt, "
                        + "m.lastError) FROM OutboundMail m WHERE 1 = 1" + where + " ORDER BY m.id DESC",
                        OutboxView.class)
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)));
        if (state != null) {
            query.setParameter("state", state);
        }
        if (ticketProtocol != null) {
            query.setParameter("ticket", ticketProtocol);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.getResultList();
    }
}
