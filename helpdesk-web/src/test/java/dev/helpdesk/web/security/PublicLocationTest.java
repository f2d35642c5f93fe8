package dev.helpdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.helpdesk.shared.infrastructure.PublicUrl;
import org.junit.jupiter.api.Test;

class PublicLocationTest {

    private final PublicLocation location = new PublicLocation(PublicUrl.of("https://help.example.com/suporte"),
            "http://attacker.example:80", "/helpdesk", "/helpdesk/agent/ticket.xhtml");

    @Test
    void aPathInsideTheHelpDeskGoesOnThePublicAddressWhateverHostTheRequestNamed() {
        assertEquals("https://help.example.com/suporte/login.xhtml?next=%2Fagent",
                location.of("/helpdesk/login.xhtml?next=%2Fagent"));
        assertEquals("https://help.example.com/suporte/agent/tickets.xhtml#top",
                location.of("http://attacker.example/helpdesk/agent/tickets.xhtml#top"));
        assertEquals("https://help.example.com/suporte/agent/tickets.xhtml", location.of("tickets.xhtml"));
        assertEquals("https://help.example.com/suporte/agent/ticket.xhtml?protocol=3", location.of("?protocol=3"));
        assertEquals("https://help.example.com/suporte", location.of("/helpdesk"));
        assertEquals("https://help.example.com/other", location.of("/other"));
    }

    @Test
    void anAddressElsewhereIsKept() {
        assertEquals("https://idp.example.org/login?return=x", location.of("https://idp.example.org/login?return=x"));
        assertEquals("https://attacker.example/helpdesk/x", location.of("https://attacker.example/helpdesk/x"),
                "another scheme is another origin");
        assertEquals("//cdn.example.org/a", location.of("//cdn.example.org/a"));
    }
}
