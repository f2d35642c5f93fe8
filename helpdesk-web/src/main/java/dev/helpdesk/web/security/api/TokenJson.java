package dev.helpdesk.web.security.api;

import dev.helpdesk.security.token.application.TokenView;
import java.time.Instant;

/** An API token as the API shows it, without its secret; JSON-B also writes {@code isRevoked}. */
public record TokenJson(Long id, String name, String owner, Instant createdAt, Instant revokedAt) {

    static TokenJson of(TokenView v) {
        return new TokenJson(v.id(), v.name(), v.owner(), v.createdAt(), v.revokedAt());
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
