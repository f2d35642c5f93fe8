package dev.helpdesk.web.inbound.api;

import dev.helpdesk.inbound.application.MailboxAdminService;

/** The outcome of a mailbox's connection test as the API shows it. */
public record ConnectionCheckJson(boolean ok, int messages, String error) {

    static ConnectionCheckJson of(MailboxAdminService.ConnectionCheck v) {
        return new ConnectionCheckJson(v.ok(), v.messages(), v.error());
    }
}
