package dev.helpdesk.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.TicketVisibility;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.ticket.domain.InactivityPolicy.Step;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference's auto-close example at a fixed clock: warn after N = 3 days, close M = 2 days after the warning.
 * The agent answers on Monday 2026-11-16 at 10:00 (UTC).
 */
class InactivityPolicyTest {

    private static final Instant MONDAY_10 = Instant.parse("2026-11-16T10:00:00Z");
    private static final InactivityPolicy POLICY = new InactivityPolicy(true, 3, 2);

    private final Department support = Entities.withId(new Department("Support", MONDAY_10), 1L);
    private final Category hardware = Entities.withId(support.addCategory("Hardware"), 10L);
    private final Customer customer = Entities.withId(new Customer("Carla", "carla@example.com",
            Credentials.directory(), Language.PT_BR, MONDAY_10), 100L);
    private final Agent agent = agentOf(support);

    static Stream<Arguments> cases() {
        Consumer<Ticket> none = t -> { };
        return Stream.of(
                Arguments.of("just answered", none, "2026-11-16T10:00:00Z", Step.NOTHING),
                Arguments.of("a minute short of N", none, "2026-11-19T09:59:00Z", Step.NOTHING),
                Arguments.of("N days after the answer", none, "2026-11-19T10:00:00Z", Step.WARN),
                Arguments.of("long after, never warned: the warning comes first", none, "2026-12-30T10:00:00Z",
                        Step.WARN),
                Arguments.of("warned Thursday, a minute short of M", warned("2026-11-19T10:00:00Z"),
                        "2026-11-21T09:59:00Z", Step.NOTHING),
                Arguments.of("warned Thursday, M days later", warned("2026-11-19T10:00:00Z"),
                        "2026-11-21T10:00:00Z", Step.CLOSE),
                Arguments.of("warned late (job down): M counts from the warning", warned("2026-11-20T15:00:00Z"),
                        "2026-11-22T14:59:00Z", Step.NOTHING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answeredMondayAtTen(String name, Consumer<Ticket> before, String now, Step expected) {
        Ticket ticket = answeredMonday();
        before.accept(ticket);
        assertEquals(expected, POLICY.stepFor(ticket, Instant.parse(now)));
    }

    @Test
    void aCustomerReplyOnFridayCancelsTheClose() {
        Ticket ticket = answeredMonday();
        ticket.warnOfAutoClose(Instant.parse("2026-11-19T10:00:00Z"));
        ticket.replyAsCustomer(customer, "Still broken", List.of(), Instant.parse("2026-11-20T09:00:00Z"));
        assertEquals(Step.NOTHING, POLICY.stepFor(ticket, Instant.parse("2026-11-21T10:00:00Z")));
        assertEquals(Step.NOTHING, POLICY.stepFor(ticket, Instant.parse("2026-12-30T10:00:00Z")));
    }

    @Test
    void aNewAgentAnswerStartsTheCountOverWithoutTheOldWarning() {
        Ticket ticket = answeredMonday();
        ticket.warnOfAutoClose(Instant.parse("2026-11-19T10:00:00Z"));
        ticket.answer(agent, "Did it help?", List.of(), Instant.parse("2026-11-20T10:00:00Z"));
        assertEquals(Step.NOTHING, POLICY.stepFor(ticket, Instant.parse("2026-11-22T10:00:00Z")));
        assertEquals(Step.WARN, POLICY.stepFor(ticket, Instant.parse("2026-11-23T10:00:00Z")));
    }

    @Test
    void warningThenClosingFinishesWithASystemNote() {
        Ticket ticket = answeredMonday();
        ticket.warnOfAutoClose(Instant.parse("2026-11-19T10:00:00Z"));
        ticket.closeForInactivity("Closed for inactivity", Instant.parse("2026-11-21T10:00:00Z"));
        assertEquals(TicketSituation.FINISHED, ticket.situation());
        assertEquals(Instant.parse("2026-11-21T10:00:00Z"), ticket.closedAt());
        Reply note = ticket.replies().get(ticket.replies().size() - 1);
        assertEquals("Closed for inactivity", note.body());
        assertEquals(List.of(TicketEventKind.AUTO_CLOSE_WARNED, TicketEventKind.AUTO_CLOSED),
                ticket.history().stream().skip(2).map(TicketEvent::kind).toList());
        assertEquals(Step.NOTHING, POLICY.stepFor(ticket, Instant.parse("2026-12-30T10:00:00Z")));
        assertThrows(IllegalStateException.class, () -> ticket.warnOfAutoClose(Instant.parse("2026-12-30T10:00:00Z")));
    }

    @Test
    void anExemptStatusDisabledPolicyOrTicketNotWaitingIsNeverWarned() {
        Ticket exempt = answeredMonday();
        TicketStatus onHold = Entities.withId(new TicketStatus(support, "Aguardando fornecedor", MONDAY_10), 5L);
        onHold.exemptFromAutoClose(true);
        exempt.changeStatus(agent, onHold, MONDAY_10);
        assertEquals(Step.NOTHING, POLICY.stepFor(exempt, Instant.parse("2026-12-30T10:00:00Z")));

        assertEquals(Step.NOTHING, new InactivityPolicy(false, 3, 2).stepFor(answeredMonday(),
                Instant.parse("2026-12-30T10:00:00Z")));

        Ticket waitingForAgent = open();
        assertEquals(Step.NOTHING, POLICY.stepFor(waitingForAgent, Instant.parse("2026-12-30T10:00:00Z")));
        assertThrows(IllegalStateException.class, () -> waitingForAgent.warnOfAutoClose(MONDAY_10));
        assertThrows(IllegalStateException.class, () -> answeredMonday().closeForInactivity("x", MONDAY_10));
    }

    @Test
    void daysOutsideOneToAYearAreRefusedNamingTheField() {
        assertEquals("autoCloseWarnDays", assertThrows(InvalidInputException.class,
                () -> new InactivityPolicy(true, 0, 2)).field());
        assertEquals("autoCloseCloseDays", assertThrows(InvalidInputException.class,
                () -> new InactivityPolicy(true, 3, 366)).field());
    }

    private static Consumer<Ticket> warned(String at) {
        return ticket -> ticket.warnOfAutoClose(Instant.parse(at));
    }

    private Ticket answeredMonday() {
        Ticket ticket = open();
        ticket.answer(agent, "Please restart it", List.of(), MONDAY_10);
        return ticket;
    }

    private Ticket open() {
        return Ticket.open(customer, support, hardware, "Printer", "It does not print", TicketChannel.CUSTOMER_PANEL,
                List.of(), Author.of(customer), MONDAY_10.minusSeconds(3600));
    }

    private static Agent agentOf(Department department) {
        Agent agent = Entities.withId(new Agent("Sam", "sam@example.com", AgentRole.AGENT, TicketVisibilityTest.group(
                TicketVisibility.LINKED_DEPARTMENTS), Credentials.directory(), Language.PT_BR, MONDAY_10), 7L);
        agent.linkTo(department);
        return agent;
    }
}
