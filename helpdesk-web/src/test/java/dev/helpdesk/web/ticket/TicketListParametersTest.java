package dev.helpdesk.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.workspace.application.TicketFilter;
import dev.helpdesk.workspace.application.TicketSort;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketListParametersTest {

    @Test
    void aFilterGoesToTheAddressAndComesBackTheSame() {
        TicketFilter filter = TicketFilter.builder().view(TicketFilter.View.QUEUE).state(TicketFilter.State.OPEN)
                .situations(Set.of(TicketSituation.CUSTOMER_REPLIED, TicketSituation.WAITING_FOR_AGENT))
                .department(3L).category(4L).status(5L).agent(6L).organization(7L).priority(Priority.URGENT)
                .createdFrom(LocalDate.of(2026, 11, 1)).createdTo(LocalDate.of(2026, 11, 30))
                .closedFrom(LocalDate.of(2026, 11, 20)).closedTo(LocalDate.of(2026, 12, 2))
                .sla(TicketFilter.SlaSignal.AT_RISK).scheduledToday(true).text("impressora & rede").build();
        TicketSort sort = new TicketSort(TicketSort.Key.DEADLINE, true);
        Map<String, String> parameters = TicketListParameters.PANEL.parameters(filter, sort);

        assertEquals("0,3", parameters.get("situation"));
        assertEquals(filter, TicketListParameters.PANEL.filter(parameters::get));
        assertEquals(sort, TicketListParameters.PANEL.sort(parameters::get));
        assertTrue(TicketListParameters.PANEL.queryString(filter, sort).contains("q=impressora+%26+rede"));
        Map<String, String> read = TicketListParameters.parse(TicketListParameters.PANEL.queryString(filter, sort));
        assertEquals(filter, TicketListParameters.PANEL.filter(read::get), "the address read back");
        assertEquals(sort, TicketListParameters.PANEL.sort(read::get));
        assertEquals("3", TicketListParameters.API.parameters(filter, sort).get("departmentId"));
        assertEquals("2026-11-20", parameters.get("closedFrom"));
        assertEquals(filter, TicketListParameters.API.filter(TicketListParameters.API.parameters(filter, sort)::get));
    }

    @Test
    void aQueryStringIsReadPairByPair() {
        assertEquals(Map.of("q", "a b&c", "view", "QUEUE"),
                TicketListParameters.parse("q=a+b%26c&view=QUEUE&view=MINE&novalue&=x"));
        assertEquals(Map.of(), TicketListParameters.parse(null));
    }

    @Test
    void whatDoesNotFilterStaysOutOfTheAddress() {
        assertEquals("", TicketListParameters.PANEL.queryString(TicketFilter.everything(), TicketSort.NEWEST_FIRST));
        assertEquals(TicketSort.NEWEST_FIRST, TicketListParameters.PANEL.sort(Map.<String, String>of()::get));
        assertEquals(new TicketSort(TicketSort.Key.DEADLINE, true),
                TicketListParameters.PANEL.sort(Map.of("sort", "deadline")::get), "the soonest deadline first");
        assertFalse(TicketListParameters.PANEL.queryString(TicketFilter.builder().view(TicketFilter.View.ALL).build(),
                null).contains("view"));
    }

    @Test
    void aValueThatCannotBeReadIsRefusedNamingItsParameter() {
        Map<String, String> bad = Map.of("situation", "9,x", "department", "12a", "from", "01/11/2026",
                "sla", "LATE", "scheduled", "tomorrow", "priority", "HUGE", "closedTo", "ontem");
        bad.forEach((name, value) -> {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> TicketListParameters.PANEL.filter(Map.of(name, value)::get), name);
            assertEquals(name, refused.field());
        });
        InvalidInputException backwards = assertThrows(InvalidInputException.class,
                () -> TicketListParameters.API.filter(
                        Map.of("createdFrom", "2026-12-07", "createdTo", "2026-12-01")::get));
        assertEquals("createdTo", backwards.field());
        assertEquals("closedTo", assertThrows(InvalidInputException.class, () -> TicketListParameters.PANEL.filter(
                Map.of("closedFrom", "2026-12-07", "closedTo", "2026-12-01")::get)).field());
        assertEquals("order", assertThrows(InvalidInputException.class,
                () -> TicketListParameters.PANEL.sort(Map.of("order", "up")::get)).field());
    }
}
