package dev.helpdesk.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    @Test
    void everyLanguageHasEveryText() throws IOException {
        Properties portuguese = load("mail.properties");
        for (String other : new String[] {"mail_en.properties", "mail_es.properties"}) {
            assertEquals(portuguese.stringPropertyNames(), load(other).stringPropertyNames(), other);
        }
    }

    @Test
    void textsAreFilledInTheRecipientsLanguage() {
        assertEquals("Chamado #1234 finalizado por falta de resposta",
                MailTexts.subject("autoClosed", Language.PT_BR, "1234"));
        assertEquals("Ticket #1234 closed for lack of reply", MailTexts.subject("autoClosed", Language.EN, "1234"));
        String body = MailTexts.body("autoCloseWarning", Language.ES, "77", "Carla", "Impresora", "ayer", "mañana");
        assertTrue(body.startsWith("Hola, Carla."), body);
        assertTrue(body.contains("\"Impresora\""), body);
        assertFalse(body.contains("{"), body);
    }

    @Test
    void datesAreWrittenInTheAccountsTimeZone() {
        String when = MailTexts.when(Instant.parse("2026-11-23T16:50:00Z"), Language.PT_BR);
        assertTrue(when.contains("13:50"), when);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTexts.class.getResourceAsStream("/dev/helpdesk/mail/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
