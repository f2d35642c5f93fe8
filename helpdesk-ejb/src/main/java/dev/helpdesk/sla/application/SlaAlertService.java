package dev.helpdesk.sla.application;

import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The calling agent's SLA alerts: how many are unread, the latest, and marking them read. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class SlaAlertService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    public long unreadCount() {
        return em.createQuery("SELECT COUNT(a) FROM SlaAlert a WHERE a.agentId = :me AND a.readAt IS NULL",
                        Long.class)
                .setParameter("me", currentUser.caller().id()).getSingleResult();
    }

    /** The latest alerts, unread first. */
    public List<SlaAlertView> mine(int max) {
        return em.createQuery("SELECT new dev.helpdesk.sla.application.SlaAlertView(a.id, t.protocol, t.subject, "
                        + "a.clockKind, a.level, a.createdAt, a.readAt) FROM SlaAlert a "
                        + "JOIN Ticket t ON t.protocol = a.ticketProtocol WHERE a.agentId = :me "
                        + "ORDER BY CASE WHEN a.readAt IS NULL THEN 0 ELSE 1 END, a.id DESC", SlaAlertView.class)
                .setParameter("me", currentUser.caller().id())
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    public void markAllRead() {
        em.createQuery("UPDATE SlaAlert a SET a.readAt = :now WHERE a.agentId = :me AND a.readAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("me", currentUser.caller().id())
                .executeUpdate();
    }
}
