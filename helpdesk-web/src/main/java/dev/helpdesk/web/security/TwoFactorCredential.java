package dev.helpdesk.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a panel login: the code from the authenticator app, or a recovery code. */
public record TwoFactorCredential(String code) implements Credential {
}
