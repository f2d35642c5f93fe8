package dev.helpdesk.selfservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactMessageTest {

    @Test
    void everyWrongFieldIsNamedAtOnceInTheOrderOfTheForm() {
        List<InvalidInputException> problems = new ContactMessage(" ", "not-an-address", null, "x".repeat(251),
                "y".repeat(ContactMessage.MAX_MESSAGE_LENGTH + 1)).problems();
        assertEquals(List.of("name", "email", "departmentId", "subject", "message"),
                problems.stream().map(InvalidInputException::field).toList());
        assertEquals(List.of("validation.required", "validation.email", "validation.required", "validation.tooLong",
                "validation.tooLong"), problems.stream().map(InvalidInputException::messageKey).toList());
    }

    @Test
    void aGoodMessageIsTrimmedAndItsAddressLowerCased() {
        ContactMessage message = new ContactMessage(" Ana ", " Ana@Example.COM ", 3L, " VPN ", " It drops ");
        assertTrue(message.problems().isEmpty());
        assertEquals(new ContactMessage("Ana", "ana@example.com", 3L, "VPN", "It drops"), message.cleaned());
    }

    @Test
    void controlCharactersAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ContactMessage("Ana\u0000", "ana@example.com", 3L, "VPN", "ok").cleaned());
        assertEquals("name", e.field());
    }
}
