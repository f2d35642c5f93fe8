package dev.helpdesk.web.common.api;

import dev.helpdesk.automation.application.NoticeView;
import dev.helpdesk.automation.domain.AgentNotice;
import java.time.Instant;

/** A notice of the caller as the API shows it. */
public record NoticeJson(Long id, Long protocol, String subject, AgentNotice.Kind kind, Instant startsAt,
                         Instant createdAt, Instant readAt) {

    static NoticeJson of(NoticeView v) {
        return new NoticeJson(v.id(), v.protocol(), v.subject(), v.kind(), v.startsAt(), v.createdAt(), v.readAt());
    }
}
