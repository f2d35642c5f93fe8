package dev.helpdesk.web.security.api;

import dev.helpdesk.security.sso.application.SsoSettings;

/** Single sign-on as configured, as the API shows it: whether a secret is set, never the secret. */
public record SsoSettingsJson(boolean secretSet, boolean agents, boolean customers, String customerLoginUrl) {

    static SsoSettingsJson of(SsoSettings v) {
        return new SsoSettingsJson(v.secretSet(), v.agents(), v.customers(), v.customerLoginUrl());
    }
}
