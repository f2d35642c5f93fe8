package dev.helpdesk.mail.application;

import dev.helpdesk.mail.domain.MailKind;

/**
 * An e-mail to write to the outbox. The dedup key names what the mail reports (e.g. the warning for one waiting
 * period of one ticket): writing the same key again is a no-op, so a re-run never mails twice. A mail about a
 * ticket comes from the ticket's department (its sender address, and its mailbox as Reply-To) when it has them.
 *
 * @param kind a notice of the help desk's own, or an automatic answer to a mail received (the loop-prevention
 *             headers differ)
 * @param htmlBody the same as HTML, sent beside {@code body} as an alternative part; null for a text-only mail
 */
public record MailDraft(String dedupKey, String recipient, String subject, String body, Long ticketProtocol,
                        MailKind kind, String htmlBody) {

    public MailDraft {
        kind = kind == null ? MailKind.NOTIFICATION : kind;
    }

    public MailDraft(String dedupKey, String recipient, String subject, String body, Long ticketProtocol,
                     MailKind kind) {
        this(dedupKey, recipient, subject, body, ticketProtocol, kind, null);
    }

    /** The same mail with an HTML part. */
    public MailDraft withHtml(String html) {
        return new MailDraft(dedupKey, recipient, subject, body, ticketProtocol, kind, html);
    }

    /** A notice. */
    public MailDraft(String dedupKey, String recipient, String subject, String body, Long ticketProtocol) {
        this(dedupKey, recipient, subject, body, ticketProtocol, MailKind.NOTIFICATION);
    }

    /** The same mail as an automatic answer to the mail it confirms. */
    public MailDraft asAutoReply(String newDedupKey) {
        return new MailDraft(newDedupKey, recipient, subject, body, ticketProtocol, MailKind.AUTO_REPLY, htmlBody);
    }
}
