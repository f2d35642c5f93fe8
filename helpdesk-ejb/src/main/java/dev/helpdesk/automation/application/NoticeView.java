package dev.helpdesk.automation.application;

import dev.helpdesk.automation.domain.AgentNotice;
import java.io.Serializable;
import java.time.Instant;

/** One of the agent's notices: which ticket, what about, when it starts, when it was raised and read. */
public record NoticeView(Long id, Long protocol, String subject, AgentNotice.Kind kind, Instant startsAt,
                         Instant createdAt, Instant readAt) implements Serializable {
}
