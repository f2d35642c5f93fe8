package dev.helpdesk.inbound.domain;

/** Where a message sat: its mailbox, and its IMAP UID within the folder's UID validity (RFC 3501 §2.3.1.1). */
public record MailPosition(long mailboxId, long uidValidity, long uid) {
}
