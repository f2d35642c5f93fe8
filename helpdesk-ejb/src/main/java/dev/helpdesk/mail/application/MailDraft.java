package dev.helpdesk.mail.application;

/**
 * An e-mail to write to the outbox. The dedup key names what the mail reports (e.g. the warning for one waiting
 * period of one ticket): writing the same key again is a no-op, so a re-run never mails twice.
 */
public record MailDraft(String dedupKey, String recipient, String subject, String body, Long ticketProtocol) {
}
