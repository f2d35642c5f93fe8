package dev.helpdesk.web.ticket.push;

import dev.helpdesk.workspace.application.DeskChange;
import dev.helpdesk.workspace.application.DeskFanout;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agents' panels open on this node, each by its WebSocket: told "something changed" after every committed
 * ticket change (or "someone started or stopped writing somewhere"), they read again what their user may see. The
 * message names no ticket, so nobody learns of a ticket outside their scope from it.
 */
@ApplicationScoped
public class DeskSockets {

    static final String CHANGED = "{\"kind\":\"changed\"}";
    static final String PRESENCE = "{\"kind\":\"presence\"}";
    private static final Logger LOG = Logger.getLogger(DeskSockets.class.getName());

    private final Set<Session> open = ConcurrentHashMap.newKeySet();

    @Inject
    private DeskFanout fanout;

    /** Subscribes as the application starts, so that changes reach panels from the first one on. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // observing the start is enough: it creates this bean, whose @PostConstruct subscribes
    }

    @PostConstruct
    void subscribe() {
        fanout.subscribe(this::tell);
    }

    void opened(Session session) {
        open.add(session);
    }

    void closed(Session session) {
        open.remove(session);
    }

    private void tell(DeskChange change) {
        for (Session session : open) {
            if (!session.isOpen()) {
                open.remove(session);
                continue;
            }
            session.getAsyncRemote().sendText(change.isPresence() ? PRESENCE : CHANGED, result -> {
                if (!result.isOK()) {
                    LOG.log(Level.FINE, result.getException(), () -> "A panel missed a change; it reads on reload");
                }
            });
        }
    }
}
