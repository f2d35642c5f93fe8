package dev.helpdesk.inbound.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * An entry of the sender blocklist as administrators see it.
 *
 * @param domain whether it blocks a whole domain (with its subdomains) rather than one address
 */
public record BlockedSenderView(Long id, String entry, boolean domain, String createdBy, Instant createdAt)
        implements Serializable {
}
