package dev.helpdesk.security.token.application;

/** A freshly issued API token; {@code token} is the secret, shown this once. */
public record IssuedToken(Long id, String name, String owner, String token) {
}
