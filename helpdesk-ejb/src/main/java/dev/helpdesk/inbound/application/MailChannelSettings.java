package dev.helpdesk.inbound.application;

/** The account's switches for the e-mail channel: register unknown senders; confirm tickets opened by e-mail. */
public record MailChannelSettings(boolean registerSenders, boolean confirmTickets) {
}
