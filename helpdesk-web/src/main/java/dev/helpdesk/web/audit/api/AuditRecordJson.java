package dev.helpdesk.web.audit.api;

import dev.helpdesk.audit.domain.AuditRecord;
import java.time.Instant;

/** An audit entry with its hashes as the API shows it. */
public record AuditRecordJson(long seq, Instant at, String actor, String address, String action, String objectType,
                              String objectId, String before, String after, String previousHash, String hash) {

    static AuditRecordJson of(AuditRecord v) {
        return new AuditRecordJson(v.seq(), v.at(), v.actor(), v.address(), v.action(), v.objectType(),
                v.objectId(), v.before(), v.after(), v.previousHash(), v.hash());
    }
}
