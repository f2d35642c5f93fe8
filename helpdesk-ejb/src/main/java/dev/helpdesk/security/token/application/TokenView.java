package dev.helpdesk.security.token.application;

import java.io.Serializable;
import java.time.Instant;

/** An API token as administrators see it: never its secret. */
public record TokenView(Long id, String name, String owner, Instant createdAt, Instant revokedAt)
        implements Serializable {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
