package dev.helpdesk.web.common.api;

/**
 * The body of every API error: its kind ({@code error}: {@code invalid_input}, {@code not_found}, {@code forbidden}…),
 * a stable machine-readable {@code code} for the exact reason (the same in every language), the offending field
 * where there is one, and a message in the caller's language.
 */
public record ApiError(String error, String code, String field, String message) {
}
