package dev.helpdesk.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class FrameOriginsTest {

    @Test
    void originsAreKeptOneSpaceApartInLowerCaseWithoutTrailingSlashOrRepeats() {
        assertEquals("https://www.example.com http://intranet:8080 https://*.example.com.br",
                FrameOrigins.normalized("f", " HTTPS://www.Example.com/\nhttp://intranet:8080, https://*.example.com.br"
                        + "  https://www.example.com"));
        assertNull(FrameOrigins.normalized("f", "  \n "));
        assertNull(FrameOrigins.normalized("f", null));
    }

    @Test
    void nothingThatCouldEndTheDirectiveOrAddAnotherIsAccepted() {
        for (String bad : new String[] {"https://a.com;script-src *", "'unsafe-inline'", "*", "https://*",
                "https://a.com/path", "javascript:alert(1)", "https://a.com:99999", "data:", "https://a..com",
                "ftp://a.com", "https://a.com?x=1", "https://user@a.com"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> FrameOrigins.normalized("contactFormOrigins", bad), bad);
            assertEquals("contactFormOrigins", e.field());
        }
    }

    @Test
    void atMostTenOrigins() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            many.append("https://site").append(i).append(".example.com\n");
        }
        assertEquals("validation.frameOrigins.tooMany",
                assertThrows(InvalidInputException.class, () -> FrameOrigins.normalized("f", many.toString()))
                        .messageKey());
    }

    @Test
    void theHelpDeskItselfAlwaysFramesItsPages() {
        assertEquals("'self'", FrameOrigins.frameAncestors(null));
        assertEquals("'self' https://www.example.com", FrameOrigins.frameAncestors("https://www.example.com"));
    }
}
