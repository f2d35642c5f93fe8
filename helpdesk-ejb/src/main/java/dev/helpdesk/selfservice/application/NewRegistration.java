package dev.helpdesk.selfservice.application;

/**
 * Someone registering themself: their name, login e-mail and password; {@code acceptTerms} true when the account
 * has terms of use or a privacy policy (they must be accepted then); {@code language} the page's (null: the
 * account's default).
 */
public record NewRegistration(String name, String email, String password, Boolean acceptTerms, String language) {
}
