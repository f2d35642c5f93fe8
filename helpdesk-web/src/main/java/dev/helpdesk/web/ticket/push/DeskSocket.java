package dev.helpdesk.web.ticket.push;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * The agent panel's live channel. It lies under {@code /agent/}, so the web module's security constraint lets only
 * signed-in agents, managers and administrators open it; it only ever sends, the panel only listens.
 */
@ServerEndpoint("/agent/desk-events")
public class DeskSocket {

    @Inject
    private DeskSockets sockets;

    @OnOpen
    public void open(Session session) throws IOException {
        if (session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in"));
            return;
        }
        session.setMaxIdleTimeout(0);
        sockets.opened(session);
    }

    @OnClose
    public void close(Session session) {
        sockets.closed(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        sockets.closed(session);
    }
}
