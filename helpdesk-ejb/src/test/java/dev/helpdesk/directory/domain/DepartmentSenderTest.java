package dev.helpdesk.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DepartmentSenderTest {

    private final Department department = new Department("Financeiro", Instant.EPOCH);

    @Test
    void aDepartmentSendsAsTheAccountUntilItSetsASender() {
        assertNull(department.senderAddress());
        department.changeSender(" Financeiro@Example.COM ", " Financeiro ");
        assertEquals("financeiro@example.com", department.senderAddress());
        assertEquals("Financeiro", department.senderName());
        department.changeSender("", null);
        assertNull(department.senderAddress(), "blank goes back to the account's");
        assertNull(department.senderName());
    }

    @Test
    void aBadSenderIsRefusedByFieldAndChangesNothing() {
        department.changeSender("fin@example.com", "Fin");
        InvalidInputException address = assertThrows(InvalidInputException.class,
                () -> department.changeSender("not an address", "Fin"));
        assertEquals("senderAddress", address.field());
        InvalidInputException name = assertThrows(InvalidInputException.class,
                () -> department.changeSender("fin@example.com", "Fin\r\nBcc: victim@example.com"));
        assertEquals("senderName", name.field());
        assertEquals("senderName", assertThrows(InvalidInputException.class,
                () -> department.changeSender(null, "x".repeat(121))).field());
        assertEquals("fin@example.com", department.senderAddress());
        assertEquals("Fin", department.senderName());
    }
}
