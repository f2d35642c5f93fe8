package dev.helpdesk.audit.domain;

import java.io.Serializable;
import java.time.Instant;

/** One audit entry as stored: what the chain hashes, with the hashes. */
public record AuditRecord(long seq, Instant at, String actor, String address, String action, String objectType,
                          String objectId, String before, String after, String previousHash, String hash)
        implements Serializable {
}
