package dev.helpdesk.security.twofactor.domain;

/** What a second-factor code proved. */
public enum TwoFactorCheck {
    OK, WRONG, REUSED, LOCKED
}
