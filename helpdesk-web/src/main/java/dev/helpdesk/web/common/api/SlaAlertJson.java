package dev.helpdesk.web.common.api;

import dev.helpdesk.sla.application.SlaAlertView;
import dev.helpdesk.sla.domain.SlaClockKind;
import dev.helpdesk.sla.domain.SlaState;
import java.time.Instant;

/** An SLA alert of the caller as the API shows it. */
public record SlaAlertJson(Long id, Long protocol, String subject, SlaClockKind clockKind, SlaState level,
                           Instant createdAt, Instant readAt) {

    static SlaAlertJson of(SlaAlertView v) {
        return new SlaAlertJson(v.id(), v.protocol(), v.subject(), v.clockKind(), v.level(), v.createdAt(),
                v.readAt());
    }
}
