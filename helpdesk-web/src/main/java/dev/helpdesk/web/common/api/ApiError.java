package dev.helpdesk.web.common.api;

/** The body of every API error: a stable code, the offending field where there is one, and a readable message. */
public record ApiError(String error, String field, String message) {
}
