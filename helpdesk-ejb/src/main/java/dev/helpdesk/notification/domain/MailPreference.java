package dev.helpdesk.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Whether an agent wants one kind of notification; without a row they do. */
@Entity
@Table(name = "agent_mail_preference")
@IdClass(MailPreference.Key.class)
public class MailPreference {

    /** The composite key: agent and kind. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private Long agentId;
        private NotificationKind kind;

        public Key() {
        }

        public Key(Long agentId, NotificationKind kind) {
            this.agentId = agentId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(agentId, key.agentId) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(agentId, kind);
        }
    }

    @Id
    private Long agentId;

    @Id
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private boolean enabled;

    protected MailPreference() {
    }

    public MailPreference(long agentId, NotificationKind kind, boolean enabled) {
        this.agentId = agentId;
        this.kind = kind;
        this.enabled = enabled;
    }

    public void choose(boolean wanted) {
        this.enabled = wanted;
    }

    public NotificationKind kind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
