package dev.helpdesk.web.ticket.api;

import dev.helpdesk.ticket.application.TicketRef;

/** What the opener of a ticket gets back, as the API shows it: the protocol and the opaque id. */
public record TicketRefJson(Long protocol, String publicId) {

    static TicketRefJson of(TicketRef v) {
        return new TicketRefJson(v.protocol(), v.publicId());
    }
}
