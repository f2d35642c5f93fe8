package dev.helpdesk.web.ticket.api;

import dev.helpdesk.ticket.application.CannedResponseView;
import java.util.List;

/** A canned response as administrators manage it, as the API shows it. */
public record CannedResponseJson(Long id, String title, String body, List<Long> departmentIds, boolean active) {

    static CannedResponseJson of(CannedResponseView v) {
        return new CannedResponseJson(v.id(), v.title(), v.body(), v.departmentIds(), v.active());
    }
}
