package dev.helpdesk.web.common.api;

import dev.helpdesk.security.twofactor.application.TwoFactorStatus;
import java.time.Instant;

/** Whether the caller's logins ask for a code, as the API shows it. */
public record TwoFactorStatusJson(boolean enabled, boolean requiredByAccount, Instant enabledAt) {

    static TwoFactorStatusJson of(TwoFactorStatus v) {
        return new TwoFactorStatusJson(v.enabled(), v.requiredByAccount(), v.enabledAt());
    }
}
