package dev.helpdesk.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void theSchemesOwnPortIsLeftOutAndTheTrailingSlashDropped() {
        PublicUrl url = PublicUrl.of("HTTPS://Help.Example.com:443/suporte/");
        assertTrue(url.isHttps());
        assertEquals("https://help.example.com", url.origin());
        assertEquals("https://help.example.com/suporte/login.xhtml", url.at("/login.xhtml"));
        assertEquals(443, url.port());
    }

    @Test
    void anotherPortStaysAndHttpIsNotHttps() {
        PublicUrl url = PublicUrl.of("http://127.0.0.1:8080/helpdesk");
        assertFalse(url.isHttps());
        assertEquals("http://127.0.0.1:8080/helpdesk", url.base());
        assertEquals("", PublicUrl.of("http://help.example.com").path());
    }

    @Test
    void anythingButAnHttpAddressWithAHostIsRefusedAtStart() {
        for (String wrong : new String[] {"help.example.com/helpdesk", "ftp://help.example.com", "http:///helpdesk",
                "https://user:pw@help.example.com", "https://help.example.com/?a=b", "https://exa mple.com"}) {
            assertThrows(IllegalStateException.class, () -> PublicUrl.of(wrong), wrong);
        }
    }
}
