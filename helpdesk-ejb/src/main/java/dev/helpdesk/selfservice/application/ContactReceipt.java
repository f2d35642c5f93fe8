package dev.helpdesk.selfservice.application;

/** The ticket a contact form message opened, and the address its confirmation was mailed to. */
public record ContactReceipt(long protocol, String email) {
}
