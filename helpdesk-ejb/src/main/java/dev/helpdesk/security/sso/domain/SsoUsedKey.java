package dev.helpdesk.security.sso.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A single sign-on key already used, by its SHA-256: a second use is a replay. */
@Entity
public class SsoUsedKey {

    @Id
    private String keyHash;

    private Instant expiresAt;

    protected SsoUsedKey() {
    }

    public SsoUsedKey(String keyHash, Instant expiresAt) {
        this.keyHash = keyHash;
        this.expiresAt = expiresAt;
    }
}
