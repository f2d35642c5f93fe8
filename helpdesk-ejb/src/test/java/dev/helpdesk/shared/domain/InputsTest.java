package dev.helpdesk.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void emailsAreTrimmedLowerCasedAndChecked() {
        assertEquals("ana@example.com", Inputs.email("email", "  Ana@Example.COM "));
        assertEquals("validation.email",
                assertThrows(InvalidInputException.class, () -> Inputs.email("email", "ana@")).messageKey());
        assertEquals("validation.email",
                assertThrows(InvalidInputException.class, () -> Inputs.email("email", "a b@c.d")).messageKey());
    }

    @Test
    void languagesAcceptTagsAndDefaultToBrazilianPortuguese() {
        assertEquals(Language.PT_BR, Language.fromTag(null));
        assertEquals(Language.PT_BR, Language.fromTag("pt-BR"));
        assertEquals(Language.EN, Language.fromTag("en"));
        assertEquals(Language.ES, Language.fromTag("ES"));
        assertEquals("language", assertThrows(InvalidInputException.class, () -> Language.fromTag("fr")).field());
    }

    @Test
    void shortenedTextIsCutBetweenCodePoints() {
        assertEquals("abc", Inputs.shortened("abcdef", 3));
        assertEquals("abc", Inputs.shortened("abc", 3));
        assertEquals(null, Inputs.shortened(null, 3));
        String smile = "\uD83D\uDE00";
        assertEquals("ab", Inputs.shortened("ab" + smile + "c", 3), "the emoji is left out, not halved");
        assertEquals("ab" + smile, Inputs.shortened("ab" + smile + "c", 4));
    }

    @Test
    void textRefusesControlCharactersButTabsAndLineBreaks() {
        assertEquals("Linha 1\r\n\tLinha 2", Inputs.requiredText("message", " Linha 1\r\n\tLinha 2 ", 100));
        for (String bad : new String[] {"a\u0000b", "a\u0007b", "\u001bc", "a\u001fb", "\u0000"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> Inputs.requiredText("message", bad, 100), bad);
            assertEquals("message", refused.field());
            assertEquals("validation.text.characters", refused.messageKey());
        }
        assertEquals(null, Inputs.text("note", null));
        assertEquals("Olá \uD83D\uDE00 ¿qué?\u007f\u00a0", Inputs.text("note", "Olá \uD83D\uDE00 ¿qué?\u007f\u00a0"));
    }

    @Test
    void textRefusesHalvesOfSurrogatePairs() {
        assertTrue(Inputs.isText("\uD83D\uDE00"));
        assertFalse(Inputs.isText("a\uD83D"));
        assertFalse(Inputs.isText("\uD83Da"));
        assertFalse(Inputs.isText("\uDE00\uD83D"));
        assertEquals("validation.text.characters", assertThrows(InvalidInputException.class,
                () -> Inputs.requiredText("subject", "x\uDE00", 10)).messageKey());
    }

    @Test
    void cleanTextTakesOutWhatTextRefuses() {
        assertEquals("a b\tc\r\nd \uFFFD\uD83D\uDE00", Inputs.cleanText("a\u0000b\tc\r\nd\u001b\uD83D\uD83D\uDE00"));
        assertEquals("clean", Inputs.cleanText("clean"));
        assertEquals(null, Inputs.cleanText(null));
    }
}
