package dev.helpdesk.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashesInModularCryptBcryptThatVerifies() {
        String hash = PasswordHasher.hash("password", "correct horse battery");
        assertTrue(hash.startsWith("$2"), hash);
        assertTrue(PasswordHasher.matches("correct horse battery", hash));
        assertFalse(PasswordHasher.matches("correct horse battery!", hash));
    }

    @Test
    void saltsEveryHash() {
        String first = PasswordHasher.hash("password", "same password");
        assertNotEquals(first, PasswordHasher.hash("password", "same password"));
    }

    @Test
    void refusesShortAndMissingPasswordsNamingTheField() {
        InvalidInputException tooShort = assertThrows(InvalidInputException.class,
                () -> PasswordHasher.hash("password", "short"));
        assertEquals("password", tooShort.field());
        assertEquals("validation.password.tooShort", tooShort.messageKey());
        assertEquals("validation.required",
                assertThrows(InvalidInputException.class, () -> PasswordHasher.hash("password", null)).messageKey());
    }

    @Test
    void garbageHashNeverMatches() {
        assertFalse(PasswordHasher.matches("anything", "not-a-hash"));
    }
}
