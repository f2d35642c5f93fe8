package dev.helpdesk.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketListColumnTest {

    @Test
    void theChoiceKeepsTheTableOrderWithoutRepeats() {
        assertEquals(List.of(TicketListColumn.PROTOCOL, TicketListColumn.CUSTOMER, TicketListColumn.PRIORITY),
                TicketListColumn.choose(List.of("priority", "CUSTOMER", "protocol", "Priority")));
    }

    @Test
    void unknownColumnsAndListsThatCannotOpenATicketAreRefused() {
        assertEquals("ticketListColumns", assertThrows(InvalidInputException.class,
                () -> TicketListColumn.choose(List.of("PROTOCOL", "SECRET"))).field());
        assertEquals("validation.listColumns.link", assertThrows(InvalidInputException.class,
                () -> TicketListColumn.choose(List.of("CUSTOMER"))).messageKey());
        assertThrows(InvalidInputException.class, () -> TicketListColumn.choose(List.of()));
    }
}
