package dev.helpdesk.web.directory.api;

import dev.helpdesk.ticket.application.StatusView;

/** A department's custom status as the API shows it. */
public record StatusJson(Long id, String name, boolean exemptFromAutoClose, boolean customerMayFinish, int position,
                         boolean active) {

    static StatusJson of(StatusView v) {
        return new StatusJson(v.id(), v.name(), v.exemptFromAutoClose(), v.customerMayFinish(), v.position(),
                v.active());
    }
}
