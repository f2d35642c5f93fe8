package dev.helpdesk.security.twofactor.application;

import java.time.Instant;

/** Whether the caller's logins ask for a code, whether the account requires it, and since when it is on. */
public record TwoFactorStatus(boolean enabled, boolean requiredByAccount, Instant enabledAt) {
}
