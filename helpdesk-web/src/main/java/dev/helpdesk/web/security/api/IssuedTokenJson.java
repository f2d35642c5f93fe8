package dev.helpdesk.web.security.api;

import dev.helpdesk.security.token.application.IssuedToken;

/** A freshly issued API token with its secret, shown this once, as the API shows it. */
public record IssuedTokenJson(Long id, String name, String owner, String token) {

    static IssuedTokenJson of(IssuedToken v) {
        return new IssuedTokenJson(v.id(), v.name(), v.owner(), v.token());
    }
}
