package dev.helpdesk.inbound.application;

/**
 * The account's switches for the e-mail channel: register unknown senders; confirm tickets opened by e-mail; keep in
 * quarantine a mail that names a ticket it cannot be trusted to belong to (else it opens a ticket of its own).
 */
public record MailChannelSettings(boolean registerSenders, boolean confirmTickets,
                                  boolean quarantineUnverifiedReplies) {
}
