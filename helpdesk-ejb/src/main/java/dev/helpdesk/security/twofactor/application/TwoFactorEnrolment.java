package dev.helpdesk.security.twofactor.application;

/** The key to put in an authenticator app: typed as Base32, or scanned as the otpauth address in a QR code. */
public record TwoFactorEnrolment(String secret, String otpauthUri) {
}
