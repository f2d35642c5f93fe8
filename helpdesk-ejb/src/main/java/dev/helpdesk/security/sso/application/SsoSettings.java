package dev.helpdesk.security.sso.application;

/** Single sign-on as configured: whether a secret is set (never the secret), the panels, the customer address. */
public record SsoSettings(boolean secretSet, boolean agents, boolean customers, String customerLoginUrl) {
}
