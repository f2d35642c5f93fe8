package dev.helpdesk.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void commonPasswordsAndShortOnesAreVeryWeak() {
        assertEquals(PasswordStrength.VERY_WEAK, PasswordStrength.of("123456"));
        assertEquals(PasswordStrength.VERY_WEAK, PasswordStrength.of("Password!"));
        assertEquals(PasswordStrength.VERY_WEAK, PasswordStrength.of("senha123"));
        assertEquals(PasswordStrength.VERY_WEAK, PasswordStrength.of("abc"));
        assertEquals(PasswordStrength.VERY_WEAK, PasswordStrength.of(""));
    }

    @Test
    void runsAndThePersonsOwnWordsCountLittle() {
        assertTrue(PasswordStrength.of("aaaaaaaaaaaaaaaa").ordinal() <= PasswordStrength.WEAK.ordinal());
        assertTrue(PasswordStrength.of("abcdefghijklmnop").ordinal() <= PasswordStrength.WEAK.ordinal());
        PasswordStrength alone = PasswordStrength.of("mariasouza2026!");
        PasswordStrength forMaria = PasswordStrength.of("mariasouza2026!", "maria.souza@empresa.example",
                "Maria Souza");
        assertTrue(forMaria.ordinal() < alone.ordinal(), alone + " then " + forMaria);
    }

    @Test
    void lengthAndVarietyClimbTheLevels() {
        assertEquals(PasswordStrength.VERY_WEAK, PasswordStrength.of("demo12345"), "a common word and a run");
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("gato99"));
        assertEquals(PasswordStrength.WEAK, PasswordStrength.of("test-password-1"), "two common words");
        assertEquals(PasswordStrength.MEDIUM, PasswordStrength.of("river-gato"));
        assertEquals(PasswordStrength.STRONG, PasswordStrength.of("Gx7#pQ2mL9!v"));
        assertEquals(PasswordStrength.VERY_STRONG, PasswordStrength.of("correct horse battery staple"));
        assertTrue(PasswordStrength.STRONG.isAtLeast(PasswordStrength.MEDIUM));
        assertTrue(!PasswordStrength.WEAK.isAtLeast(PasswordStrength.MEDIUM));
    }

    @Test
    void theMostCommonPasswordsAreCommonWhateverTheirDecoration() {
        for (String common : new String[] {"password", "12345678", "Password1!", "p@ssw0rd", "senha@123",
                "qwerty123", "aaaaaaaa", "abcdefgh", "87654321", "1q2w3e4r", "Admin2026"}) {
            assertTrue(PasswordStrength.isCommon(common), common);
            assertEquals(PasswordStrength.VERY_WEAK, PasswordStrength.of(common), common);
        }
        for (String fine : new String[] {"test-password-1", "gato99", "river-gato", "Gx7#pQ2mL9!v"}) {
            assertTrue(!PasswordStrength.isCommon(fine), fine);
        }
    }
}
