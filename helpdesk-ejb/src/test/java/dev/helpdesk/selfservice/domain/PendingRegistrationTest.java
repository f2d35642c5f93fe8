package dev.helpdesk.selfservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.PasswordHasher;
import dev.helpdesk.shared.domain.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingRegistrationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void theLinkWorksForADayAndARenewalReplacesIt() {
        PendingRegistration registration = new PendingRegistration("Ana@Example.com");
        Credentials password = Credentials.local(PasswordHasher.hash("password", "river-gato-42"));
        String first = registration.renew("Ana", password, Language.EN, NOW);
        assertEquals("ana@example.com", registration.email());
        assertEquals(NOW.plus(Duration.ofHours(24)), registration.expiresAt());
        assertFalse(registration.isExpired(NOW.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertTrue(registration.isExpired(NOW.plus(Duration.ofHours(24))));

        String second = registration.renew("Ana Maria", password, Language.ES, NOW.plusSeconds(60));
        assertNotEquals(first, second);
        assertEquals("Ana Maria", registration.name());
        assertEquals(Language.ES, registration.language());
        assertTrue(registration.credentials().acceptsLocalPassword("river-gato-42"));
    }

    @Test
    void aRegistrationHasALocalPassword() {
        assertThrows(IllegalArgumentException.class, () -> new PendingRegistration("ana@example.com")
                .renew("Ana", Credentials.none(), Language.PT_BR, NOW));
        assertThrows(IllegalArgumentException.class, () -> new PendingRegistration("ana@example.com")
                .renew("Ana", Credentials.directory(), Language.PT_BR, NOW));
    }
}
