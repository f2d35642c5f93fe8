package dev.helpdesk.workspace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent writing a reply on a ticket: each sign of typing keeps it for a little while, so that others looking at
 * the ticket see someone is answering and do not answer twice. It fades by itself when the typing stops.
 */
@Entity
public class TicketPresence {

    /** How long one sign of typing counts. */
    public static final Duration LASTS = Duration.ofSeconds(15);

    @EmbeddedId
    private Key key;

    private Instant replyingUntil;

    protected TicketPresence() {
    }

    public TicketPresence(long protocol, long agentId, Instant now) {
        key = new Key(protocol, agentId);
        replyingUntil = now.plus(LASTS);
    }

    /** Another sign of typing; whether the agent had stopped before it (the others then learn of it again). */
    public boolean typedAt(Instant now) {
        boolean wasGone = !replyingUntil.isAfter(now);
        replyingUntil = now.plus(LASTS);
        return wasGone;
    }

    public void stop(Instant now) {
        replyingUntil = now;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "ticket_protocol")
        private long protocol;

        @Column(name = "agent_id")
        private long agentId;

        protected Key() {
        }

        public Key(long protocol, long agentId) {
            this.protocol = protocol;
            this.agentId = agentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.protocol == protocol && key.agentId == agentId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(protocol, agentId);
        }
    }
}
