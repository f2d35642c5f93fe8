package dev.helpdesk.shared.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private final SecretBox box = new SecretBox(key(1));

    @Test
    void aSealedSecretOpensToItselfAndShowsNothingOfIt() {
        String sealed = box.seal("imap-password-ção");
        assertTrue(SecretBox.isSealed(sealed), sealed);
        assertFalse(sealed.contains("imap-password"), sealed);
        assertEquals("imap-password-ção", box.open(sealed));
        assertNotEquals(sealed, box.seal("imap-password-ção"), "a fresh nonce each time");
    }

    @Test
    void nullStaysNullAndAValueStoredBeforeSealingReadsAsItIs() {
        assertNull(box.seal(null));
        assertNull(box.open(null));
        assertEquals("stored-plain", box.open("stored-plain"));
    }

    @Test
    void anotherKeyOrAChangedValueDoesNotOpen() {
        String sealed = box.seal("secret");
        assertThrows(IllegalStateException.class, () -> new SecretBox(key(2)).open(sealed));
        char[] changed = sealed.toCharArray();
        changed[20] = changed[20] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> box.open(new String(changed)));
    }

    @Test
    void signaturesAreBoundToTheirPurposeAndTheKeysFingerprintIsStable() {
        assertArrayEquals(box.sign("ticket-thread", "42"), new SecretBox(key(1)).sign("ticket-thread", "42"));
        assertFalse(Arrays.equals(box.sign("ticket-thread", "42"), box.sign("other", "42")));
        assertFalse(Arrays.equals(box.sign("ticket-thread", "42"), new SecretBox(key(2)).sign("ticket-thread", "42")));
        assertEquals(box.fingerprint(), new SecretBox(key(1)).fingerprint());
        assertNotEquals(box.fingerprint(), new SecretBox(key(2)).fingerprint());
        assertEquals(32, box.fingerprint().length());
    }

    @Test
    void aKeyOfTheWrongSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(new byte[16]));
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
