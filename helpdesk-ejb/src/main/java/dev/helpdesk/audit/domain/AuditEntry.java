package dev.helpdesk.audit.domain;

import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An audit entry: written once, never changed (the chain would tell). */
@Entity
public class AuditEntry {

    public static final int MAX_VALUE = 4000;

    @Id
    private Long seq;

    @Column(name = "occurred_at")
    private Instant at;

    private String actor;

    private String address;

    private String action;

    private String objectType;

    private String objectId;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    private String prevHash;

    private String hash;

    protected AuditEntry() {
    }

    /** The next entry after the head, which moves on to it. */
    static AuditEntry after(AuditHead head, Instant now, String actor, String address, AuditAction action,
                            String objectType, String objectId, String before, String after) {
        AuditEntry entry = new AuditEntry();
        entry.seq = head.lastSeq() + 1;
        entry.at = AuditChain.timestamp(now);
        entry.actor = cut(actor == null ? "anonymous" : actor, 320);
        entry.address = cut(address, 64);
        entry.action = action.name();
        entry.objectType = objectType;
        entry.objectId = cut(objectId, 64);
        entry.before = cut(before, MAX_VALUE);
        entry.after = cut(after, MAX_VALUE);
        entry.prevHash = head.lastHash();
        entry.hash = AuditChain.hash(entry.record(), entry.prevHash);
        head.moveTo(entry.seq, entry.hash);
        return entry;
    }

    public AuditRecord record() {
        return new AuditRecord(seq, at, actor, address, action, objectType, objectId, before, after, prevHash, hash);
    }

    private static String cut(String text, int max) {
        return Inputs.shortened(text, max);
    }
}
