package dev.helpdesk.inbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockedSendersTest {

    @Test
    void anEntryIsStoredTrimmedInLowerCaseAndADomainWithoutItsAt() {
        assertEquals("spam@example.com", BlockedSenders.normalize("entry", "  Spam@Example.COM "));
        assertEquals("example.com", BlockedSenders.normalize("entry", "@Example.com"));
        assertEquals("example.com", BlockedSenders.normalize("entry", "example.com"));
        assertEquals("mail.example.com.br", BlockedSenders.normalize("entry", "MAIL.example.com.br"));
        assertTrue(BlockedSenders.isDomain("example.com"));
        assertFalse(BlockedSenders.isDomain("spam@example.com"));
    }

    @Test
    void anythingButAnAddressOrADomainIsRefusedNamingTheField() {
        for (String bad : new String[] {"", "  ", "example", "@", "@@example.com", "a@@example.com", "a@b",
                "exa mple.com", "-example.com", "example..com", "a b@example.com", "*.example.com",
                "x".repeat(250) + ".com"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> BlockedSenders.normalize("entry", bad), bad);
            assertEquals("entry", e.field(), bad);
        }
        assertThrows(InvalidInputException.class, () -> BlockedSenders.normalize("entry", null));
    }

    @Test
    void anAddressBlocksItselfOnlyAndIgnoresCase() {
        BlockedSender spammer = new BlockedSender("spam@example.com", "admin", Instant.EPOCH);
        assertTrue(spammer.blocks("spam@example.com"));
        assertTrue(spammer.blocks("SPAM@Example.Com"));
        assertFalse(spammer.blocks("ana@example.com"));
        assertFalse(spammer.blocks("spam+x@example.com"), "an address is matched as written");
        assertFalse(spammer.blocks("spam@example.com.br"));
        assertFalse(spammer.isDomain());
    }

    @Test
    void aDomainBlocksItsAddressesAndItsSubdomainsButNotLookalikes() {
        BlockedSender domain = new BlockedSender("@Example.com", "admin", Instant.EPOCH);
        assertTrue(domain.isDomain());
        assertTrue(domain.blocks("ana@example.com"));
        assertTrue(domain.blocks("Ana@EXAMPLE.COM"));
        assertTrue(domain.blocks("bot@mail.example.com"), "subdomains too");
        assertTrue(domain.blocks("bot@a.b.example.com"));
        assertFalse(domain.blocks("ana@notexample.com"));
        assertFalse(domain.blocks("ana@example.com.br"));
        assertFalse(domain.blocks("example.com@other.org"));
        assertFalse(domain.blocks(null));
    }

    @Test
    void theEntriesThatWouldBlockAnAddressGoFromTheAddressToItsWidestDomain() {
        assertEquals(List.of("bot@a.b.example.com", "a.b.example.com", "b.example.com", "example.com"),
                BlockedSenders.entriesBlocking("Bot@A.b.example.com"));
        assertEquals(List.of(), BlockedSenders.entriesBlocking("not an address"));
        assertEquals(List.of(), BlockedSenders.entriesBlocking(null));
    }
}
