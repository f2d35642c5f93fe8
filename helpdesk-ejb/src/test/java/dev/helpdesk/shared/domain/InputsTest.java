package dev.helpdesk.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
