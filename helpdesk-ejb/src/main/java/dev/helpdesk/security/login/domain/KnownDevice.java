package dev.helpdesk.security.login.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A browser an agent signed in from, known by the SHA-256 of the random id its cookie holds. */
@Entity
@Table(name = "agent_device")
@IdClass(KnownDevice.Key.class)
public class KnownDevice {

    @Id
    private Long agentId;

    @Id
    private String deviceHash;

    private String description;

    private String firstAddress;

    private Instant firstSeen;

    private Instant lastSeen;

    protected KnownDevice() {
    }

    public KnownDevice(long agentId, String deviceHash, String description, String address, Instant now) {
        this.agentId = agentId;
        this.deviceHash = deviceHash;
        this.description = description == null ? null : description.substring(0, Math.min(300, description.length()));
        this.firstAddress = address;
        this.firstSeen = now;
        this.lastSeen = now;
    }

    public void seenAgain(Instant now) {
        this.lastSeen = now;
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private Long agentId;
        private String deviceHash;

        public Key() {
        }

        public Key(Long agentId, String deviceHash) {
            this.agentId = agentId;
            this.deviceHash = deviceHash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(agentId, key.agentId)
                    && Objects.equals(deviceHash, key.deviceHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agentId, deviceHash);
        }
    }
}
