package dev.helpdesk.workspace.application;

import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.ticket.application.TicketScope;
import dev.helpdesk.workspace.domain.TicketPresence;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Someone else is replying": agents writing on a ticket say so while they type, and whoever looks at the ticket
 * sees the others who do. Kept in the database, so that agents on different nodes see each other.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class ReplyPresenceService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private Event<DeskChange> signals;

    /** The caller is typing a reply or note on the ticket; the others looking at it are told when they start. */
    public void typing(long protocol) {
        Caller caller = currentUser.caller();
        requireVisible(caller, protocol);
        Instant now = clock.instant();
        TicketPresence presence = em.find(TicketPresence.class, new TicketPresence.Key(protocol, caller.id()));
        if (presence == null) {
            em.persist(new TicketPresence(protocol, caller.id(), now));
            signals.fire(DeskChange.presence(protocol));
        } else if (presence.typedAt(now)) {
            signals.fire(DeskChange.presence(protocol));
        }
    }

    /** The caller sent or left what they were writing. */
    public void stopped(long protocol) {
        Caller caller = currentUser.caller();
        TicketPresence presence = em.find(TicketPresence.class, new TicketPresence.Key(protocol, caller.id()));
        if (presence != null) {
            presence.stop(clock.instant());
            signals.fire(DeskChange.presence(protocol));
        }
    }

    /** The names of the other agents writing on the ticket now, by name. */
    public List<String> othersReplying(long protocol) {
        Caller caller = currentUser.caller();
        requireVisible(caller, protocol);
        return em.createQuery("SELECT a.name FROM TicketPresence p, Agent a WHERE a.id = p.key.agentId "
                        + "AND p.key.protocol = :protocol AND p.key.agentId <> :me AND p.replyingUntil > :now "
                        + "ORDER BY a.name", String.class)
                .setParameter("protocol", protocol)
                .setParameter("me", caller.id())
                .setParameter("now", clock.instant())
                .getResultList();
    }

    private void requireVisible(Caller caller, long protocol) {
        Map<String, Object> parameters = new HashMap<>();
        String scope = TicketScope.condition(caller, parameters);
        TypedQuery<Long> query = em.createQuery("SELECT t.protocol FROM Ticket t WHERE t.protocol = :protocol"
                + (scope == null ? "" : " AND " + scope), Long.class).setParameter("protocol", protocol);
        parameters.forEach(query::setParameter);
        if (query.getResultList().isEmpty()) {
            throw new NotFoundException("ticket", protocol);
        }
    }
}
