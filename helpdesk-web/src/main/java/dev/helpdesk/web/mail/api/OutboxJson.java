package dev.helpdesk.web.mail.api;

import dev.helpdesk.mail.application.OutboxView;
import dev.helpdesk.mail.domain.OutboundMail;
import java.time.Instant;

/** One mail of the outbox as the API shows it. */
public record OutboxJson(Long id, String recipient, String subject, Long ticketProtocol, OutboundMail.State state,
                         int attempts, Instant createdAt, Instant sentAt, String lastError) {

    static OutboxJson of(OutboxView v) {
        return new OutboxJson(v.id(), v.recipient(), v.subject(), v.ticketProtocol(), v.state(), v.attempts(),
                v.createdAt(), v.sentAt(), v.lastError());
    }
}
