package dev.helpdesk.mail.application;

import dev.helpdesk.mail.domain.OutboundMail;
import java.io.Serializable;
import java.time.Instant;

/** One mail of the outbox as administrators see it: to whom, about what, where it stands and the last error. */
public record OutboxView(Long id, String recipient, String subject, Long ticketProtocol, OutboundMail.State state,
                         int attempts, Instant createdAt, Instant sentAt, String lastError) implements Serializable {
}
