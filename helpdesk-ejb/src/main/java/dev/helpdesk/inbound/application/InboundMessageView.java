package dev.helpdesk.inbound.application;

import dev.helpdesk.inbound.domain.MailOutcome;
import java.time.Instant;

/** A message taken from a mailbox, for the administrator's list: what became of it, and why when it waits. */
public record InboundMessageView(Long id, long mailboxId, MailOutcome outcome, String sender, String subject,
                                 long sizeBytes, Long ticketProtocol, String reason, boolean leftOnServer,
                                 Instant receivedAt) {
}
