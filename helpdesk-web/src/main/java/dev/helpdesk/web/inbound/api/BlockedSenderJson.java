package dev.helpdesk.web.inbound.api;

import dev.helpdesk.inbound.application.BlockedSenderView;
import java.time.Instant;

/** An entry of the sender blocklist as the API shows it: {@code kind} is {@code ADDRESS} or {@code DOMAIN}. */
public record BlockedSenderJson(Long id, String entry, String kind, String createdBy, Instant createdAt) {

    static BlockedSenderJson of(BlockedSenderView v) {
        return new BlockedSenderJson(v.id(), v.entry(), v.domain() ? "DOMAIN" : "ADDRESS", v.createdBy(),
                v.createdAt());
    }
}
