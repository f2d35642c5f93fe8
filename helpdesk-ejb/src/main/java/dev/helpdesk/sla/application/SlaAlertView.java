package dev.helpdesk.sla.application;

import dev.helpdesk.sla.domain.SlaClockKind;
import dev.helpdesk.sla.domain.SlaState;
import java.io.Serializable;
import java.time.Instant;

/** An SLA alert as its agent sees it. */
public record SlaAlertView(Long id, Long protocol, String subject, SlaClockKind clockKind, SlaState level,
                           Instant createdAt, Instant readAt) implements Serializable {
}
