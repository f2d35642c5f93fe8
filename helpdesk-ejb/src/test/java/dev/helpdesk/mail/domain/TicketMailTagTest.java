package dev.helpdesk.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.SecretBox;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketMailTagTest {

    private final TicketMailTag tags = new TicketMailTag(new SecretBox(key(3)));

    @Test
    void theHelpDesksSubjectsAndTextsGetTheTicketsCode() {
        String tag = tags.subjectTag(1234);
        assertTrue(tag.matches("\\[#1234-[a-z2-7]{8}]"), tag);
        assertEquals(tag + " Resposta ao seu chamado", tags.signed("[#1234] Resposta ao seu chamado", 1234));
        assertEquals("mantendo " + tag + " no assunto", tags.signed("mantendo [#1234] no assunto", 1234));
        assertEquals("[#99] outro", tags.signed("[#99] outro", 1234), "only this ticket's number");
        assertNotEquals(tag, tags.subjectTag(1235));
        assertNotEquals(tag, new TicketMailTag(new SecretBox(key(4))).subjectTag(1234), "another server's key");
    }

    @Test
    void onlyTheRightCodeNamesATicket() {
        String tag = tags.subjectTag(1234);
        assertEquals(Optional.of(1234L), tags.signedInSubject("RE: Fwd: " + tag + " Resposta"));
        assertEquals(Optional.of(1234L), tags.signedInSubject("Re: " + tag.toUpperCase()), "mail programs may shout");
        assertEquals(Optional.empty(), tags.signedInSubject("Re: [#1234] Resposta"));
        assertEquals(Optional.empty(), tags.signedInSubject("Re: " + tag.replace("[#1234", "[#1235")));
        assertEquals(Optional.empty(), tags.signedInSubject("Re: [#1234-aaaaaaaa]"));
        assertEquals(Optional.empty(), tags.signedInSubject(null));
    }

    @Test
    void aNumberWithoutItsCodeIsSeenAsUnsigned() {
        assertEquals(Optional.of(1234L), tags.unsignedInSubject("Re: [#1234] Resposta"));
        assertEquals(Optional.of(1234L), tags.unsignedInSubject("Re: [#1234-aaaaaaaa] Resposta"));
        assertEquals(Optional.empty(), tags.unsignedInSubject("Re: " + tags.subjectTag(1234)));
        assertEquals(Optional.empty(), tags.unsignedInSubject("Re: no ticket"));
    }

    @Test
    void theThreadIdCarriesALongerCode() {
        String thread = tags.threadId(42);
        assertTrue(thread.matches("<ticket-42\\.[a-z2-7]{16}@helpdesk>"), thread);
        assertEquals(Optional.of(42L), tags.signedInThread(List.of("<5f1c@client>", thread)));
        assertEquals(Optional.empty(), tags.signedInThread(List.of("<ticket-42@helpdesk>")), "the old, bare form");
        assertEquals(Optional.empty(), tags.signedInThread(List.of(thread.replace("ticket-42", "ticket-43"))));
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
