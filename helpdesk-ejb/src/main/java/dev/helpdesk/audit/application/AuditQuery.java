package dev.helpdesk.audit.application;

import dev.helpdesk.audit.domain.AuditChain;
import dev.helpdesk.audit.domain.AuditEntry;
import dev.helpdesk.audit.domain.AuditHead;
import dev.helpdesk.audit.domain.AuditRecord;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/** The audit log for administrators: searched newest first a page at a time, and verified end to end. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditQuery {

    public static final int MAX_PAGE = 200;
    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext
    private EntityManager em;

    /**
     * Entries newest first (keyset on the number), each filter optional; {@code from} (included) and {@code until}
     * (excluded) bound when they happened. One query a page: the filters and the range are indexed.
     */
    public List<AuditRecord> search(String actor, String action, String objectType, String objectId, Instant from,
                                    Instant until, Long before, int limit) {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidInputException("until", "validation.audit.range");
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (actor != null) {
            where.append(" AND e.actor = :actor");
        }
        if (action != null) {
            where.append(" AND e.action = :action");
        }
        if (objectType != null) {
            where.append(" AND e.objectType = :objectType");
        }
        if (objectId != null) {
            where.append(" AND e.objectId = :objectId");
        }
        if (from != null) {
            where.append(" AND e.at >= :from");
        }
        if (until != null) {
            where.append(" AND e.at < :until");
        }
        if (before != null) {
            where.append(" AND e.seq < :before");
        }
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where + " ORDER BY e.seq DESC",
                AuditEntry.class).setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)));
        if (actor != null) {
            query.setParameter("actor", actor.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        if (objectType != null) {
            query.setParameter("objectType", objectType);
        }
        if (objectId != null) {
            query.setParameter("objectId", objectId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        if (before != null) {
            query.setParameter("before", before);
        }
        return query.getResultStream().map(AuditEntry::record).toList();
    }

    /**
     * Reads the whole chain in order, a thousand entries at a time, and checks every link and the head: an edited
     * entry, a removed one (anywhere, the last ones too) or a reordering is reported by the first number at fault.
     */
    public AuditVerification verify() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        long read = 0;
        List<AuditEntry> batch;
        do {
            batch = em.createQuery("SELECT e FROM AuditEntry e WHERE e.seq > :after ORDER BY e.seq", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEntry entry : batch) {
                AuditRecord record = entry.record();
                verifier.next(record);
                after = record.seq();
                read++;
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        verifier.end(head.lastSeq(), head.lastHash());
        return new AuditVerification(verifier.firstBroken().isEmpty(), read, verifier.firstBroken().orElse(null));
    }
}
