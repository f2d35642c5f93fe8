package dev.helpdesk.web.inbound.api;

import dev.helpdesk.inbound.application.MailChannelSettings;

/** The account's switches for the e-mail channel as the API shows them. */
public record MailChannelSettingsJson(boolean registerSenders, boolean confirmTickets,
                                      boolean quarantineUnverifiedReplies) {

    static MailChannelSettingsJson of(MailChannelSettings v) {
        return new MailChannelSettingsJson(v.registerSenders(), v.confirmTickets(), v.quarantineUnverifiedReplies());
    }
}
