package dev.helpdesk.automation.application;

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

/** The calling agent's notices (scheduled tickets about to start): how many are unread, the latest, marking read. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class AgentNoticeService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    public long unreadCount() {
        return em.createQuery("SELECT COUNT(n) FROM AgentNotice n WHERE n.agentId = :me AND n.readAt IS NULL",
                        Long.class)
                .setParameter("me", currentUser.caller().id()).getSingleResult();
    }

    /** The latest notices, unread first. */
    public List<NoticeView> mine(int max) {
        return em.createQuery("SELECT new dev.helpdesk.automation.application.NoticeView(n.id, t.protocol, "
                        + "t.subject, n.kind, n.startsAt, n.createdAt, n.readAt) FROM AgentNotice n "
                        + "JOIN Ticket t ON t.protocol = n.ticketProtocol WHERE n.agentId = :me "
                        + "ORDER BY CASE WHEN n.readAt IS NULL THEN 0 ELSE 1 END, n.id DESC", NoticeView.class)
                .setParameter("me", currentUser.caller().id())
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    public void markAllRead() {
        em.createQuery("UPDATE AgentNotice n SET n.readAt = :now WHERE n.agentId = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("me", currentUser.caller().id())
                .executeUpdate();
    }
}
