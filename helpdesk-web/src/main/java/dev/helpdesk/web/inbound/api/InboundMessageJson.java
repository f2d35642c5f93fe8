package dev.helpdesk.web.inbound.api;

import dev.helpdesk.inbound.application.InboundMessageView;
import dev.helpdesk.inbound.domain.MailOutcome;
import java.time.Instant;

/** A message taken from a mailbox as the API shows it. */
public record InboundMessageJson(Long id, long mailboxId, MailOutcome outcome, String sender, String subject,
                                 long sizeBytes, Long ticketProtocol, String reason, boolean leftOnServer,
                                 Instant receivedAt) {

    static InboundMessageJson of(InboundMessageView v) {
        return new InboundMessageJson(v.id(), v.mailboxId(), v.outcome(), v.sender(), v.subject(), v.sizeBytes(),
                v.ticketProtocol(), v.reason(), v.leftOnServer(), v.receivedAt());
    }
}
