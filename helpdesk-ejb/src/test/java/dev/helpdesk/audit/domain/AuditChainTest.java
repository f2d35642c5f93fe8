package dev.helpdesk.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            AuditRecord unsigned = new AuditRecord(seq, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(seq),
                    "admin@helpdesk.test", "10.0.0." + seq, "CUSTOMER_CHANGED", "customer", "42", "name=Ana",
                    "name=Ana Souza", previous, null);
            String hash = AuditChain.hash(unsigned, previous);
            entries.add(withHash(unsigned, previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static AuditRecord withHash(AuditRecord r, String previous, String hash) {
        return new AuditRecord(r.seq(), r.at(), r.actor(), r.address(), r.action(), r.objectType(), r.objectId(),
                r.before(), r.after(), previous, hash);
    }

    @Test
    void anUntouchedChainHolds() {
        assertEquals(Optional.empty(), AuditChain.firstBroken(chain(5)));
    }

    @Test
    void anEditedEntryIsFound() {
        List<AuditRecord> entries = chain(5);
        AuditRecord third = entries.get(2);
        entries.set(2, new AuditRecord(third.seq(), third.at(), third.actor(), third.address(), third.action(),
                third.objectType(), third.objectId(), third.before(), "name=Someone else", third.previousHash(),
                third.hash()));
        assertEquals(Optional.of(3L), AuditChain.firstBroken(entries));
    }

    @Test
    void anEntryEditedWithItsHashRecomputedBreaksTheNextLink() {
        List<AuditRecord> entries = chain(5);
        AuditRecord second = entries.get(1);
        AuditRecord forged = new AuditRecord(2, second.at(), "intruder", second.address(), second.action(),
                second.objectType(), second.objectId(), second.before(), second.after(), second.previousHash(), null);
        entries.set(1, withHash(forged, second.previousHash(), AuditChain.hash(forged, second.previousHash())));
        assertEquals(Optional.of(3L), AuditChain.firstBroken(entries));
    }

    @Test
    void aRemovedEntryIsFoundAndSoAreRemovedLastOnes() {
        List<AuditRecord> entries = chain(5);
        entries.remove(3);
        assertEquals(Optional.of(4L), AuditChain.firstBroken(entries));

        AuditChain.Verifier verifier = new AuditChain.Verifier();
        List<AuditRecord> all = chain(5);
        all.subList(0, 4).forEach(verifier::next);
        verifier.end(5, all.get(4).hash());
        assertEquals(Optional.of(5L), verifier.firstBroken(), "the head says there were five");
    }

    @Test
    void fieldsCannotBeShiftedIntoOneAnother() {
        AuditRecord a = new AuditRecord(1, Instant.EPOCH, "ab", "c", "X", null, null, null, null,
                AuditChain.GENESIS, null);
        AuditRecord b = new AuditRecord(1, Instant.EPOCH, "a", "bc", "X", null, null, null, null,
                AuditChain.GENESIS, null);
        assertNotEquals(AuditChain.hash(a, AuditChain.GENESIS), AuditChain.hash(b, AuditChain.GENESIS));
    }
}
