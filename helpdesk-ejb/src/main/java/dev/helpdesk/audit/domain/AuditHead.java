package dev.helpdesk.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * The end of the chain: the last entry's number and hash. Writers lock this row, so entries get consecutive
 * numbers in commit order and each links to the one before.
 */
@Entity
public class AuditHead {

    public static final long ID = 1L;

    @Id
    private Long id;

    private long lastSeq;

    private String lastHash;

    protected AuditHead() {
    }

    public AuditEntry append(Instant now, String actor, String address, AuditAction action, String objectType,
                             String objectId, String before, String after) {
        return AuditEntry.after(this, now, actor, address, action, objectType, objectId, before, after);
    }

    void moveTo(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
