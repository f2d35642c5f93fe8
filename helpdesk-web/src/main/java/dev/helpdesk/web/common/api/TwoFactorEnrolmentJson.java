package dev.helpdesk.web.common.api;

import dev.helpdesk.security.twofactor.application.TwoFactorEnrolment;

/** A new authenticator key as the API shows it. */
public record TwoFactorEnrolmentJson(String secret, String otpauthUri) {

    static TwoFactorEnrolmentJson of(TwoFactorEnrolment v) {
        return new TwoFactorEnrolmentJson(v.secret(), v.otpauthUri());
    }
}
