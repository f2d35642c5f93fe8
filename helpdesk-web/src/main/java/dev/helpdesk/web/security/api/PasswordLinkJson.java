package dev.helpdesk.web.security.api;

import dev.helpdesk.security.login.application.PasswordLinks;
import java.time.Instant;

/** A password link an administrator had mailed: to whom, {@code INVITATION} or {@code RESET}, until when. */
public record PasswordLinkJson(String sentTo, String purpose, Instant expiresAt) {

    public static PasswordLinkJson of(PasswordLinks.SentLink link) {
        return new PasswordLinkJson(link.email(), link.purpose().name(), link.expiresAt());
    }
}
