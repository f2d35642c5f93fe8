package dev.helpdesk.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.GroupPermissions;
import dev.helpdesk.directory.domain.PermissionGroup;
import dev.helpdesk.directory.domain.TicketVisibility;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.Language;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may act on and read which ticket. The set-up is the reference's: agent A linked to D1 and not to D2; T1 (D1,
 * unassigned), T2 (D2, unassigned), T3 (D2, assigned to A), T4 (D1, assigned to B).
 */
class TicketVisibilityTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private Department d1;
    private Department d2;
    private Category c1;
    private Category c2;
    private Customer customer;
    private Agent agentB;
    private long nextId = 1;

    @BeforeEach
    void setUp() {
        d1 = Entities.withId(new Department("D1", NOW), 1L);
        d2 = Entities.withId(new Department("D2", NOW), 2L);
        c1 = Entities.withId(d1.addCategory("C1"), 10L);
        c2 = Entities.withId(d2.addCategory("C2"), 20L);
        customer = Entities.withId(new Customer("Carla", "carla@example.com", Credentials.directory(),
                Language.PT_BR, NOW), 100L);
        agentB = agent(AgentRole.AGENT, TicketVisibility.LINKED_DEPARTMENTS, d1, d2);
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
            "ALL_DEPARTMENTS, T1 T2 T3 T4",
            "LINKED_DEPARTMENTS, T1 T3 T4",
            "OWN_AND_UNASSIGNED_OF_LINKED, T1 T3",
            "OWN_AND_UNASSIGNED_OF_ANY, T1 T2 T3",
            "OWN_ONLY, T3"
    })
    void eachVisibilityModeOfThePermissionGroup(TicketVisibility mode, String expected) {
        Agent a = agent(AgentRole.AGENT, mode, d1);
        Map<String, Ticket> tickets = referenceTickets(a);
        String visible = tickets.entrySet().stream().filter(e -> e.getValue().isVisibleTo(a))
                .map(Map.Entry::getKey).collect(Collectors.joining(" "));
        String handled = tickets.entrySet().stream().filter(e -> e.getValue().isHandledBy(a))
                .map(Map.Entry::getKey).collect(Collectors.joining(" "));
        assertEquals(expected, visible);
        assertEquals(expected, handled, "an agent acts on what they see");
    }

    @Test
    void administratorsAndManagersAreNotGovernedByTheirGroup() {
        Agent admin = agent(AgentRole.ADMIN, TicketVisibility.OWN_ONLY);
        Agent manager = agent(AgentRole.MANAGER, TicketVisibility.OWN_ONLY, d1);
        Map<String, Ticket> tickets = referenceTickets(agent(AgentRole.AGENT, TicketVisibility.OWN_ONLY, d1, d2));
        tickets.values().forEach(t -> assertTrue(t.isHandledBy(admin)));
        assertTrue(tickets.get("T1").isHandledBy(manager));
        assertTrue(tickets.get("T4").isHandledBy(manager));
        assertFalse(tickets.get("T2").isVisibleTo(manager), "a manager sees the departments they manage");
    }

    @Test
    void managersFollowTheInternalRequestsOfTheirTeamWithoutActingOnThem() {
        Agent manager = agent(AgentRole.MANAGER, TicketVisibility.LINKED_DEPARTMENTS, d1);
        Agent teamMember = agent(AgentRole.AGENT, TicketVisibility.LINKED_DEPARTMENTS, d1);
        Agent colleague = agent(AgentRole.AGENT, TicketVisibility.LINKED_DEPARTMENTS, d1);
        Agent outsider = agent(AgentRole.AGENT, TicketVisibility.LINKED_DEPARTMENTS, d2);
        Ticket request = Ticket.openInternal(teamMember, d2, c2, "New laptop", "Mine broke",
                TicketChannel.AGENT_PANEL, List.of(), NOW);

        assertEquals(TicketType.I, request.type());
        assertTrue(request.isVisibleTo(manager));
        assertFalse(request.isHandledBy(manager));
        assertThrows(AccessDeniedException.class, () -> request.finish(manager, NOW));
        assertFalse(request.isVisibleTo(colleague), "a plain agent does not see a colleague's internal requests");
        assertTrue(request.isVisibleTo(teamMember));
        assertFalse(request.isHandledBy(teamMember));
        assertTrue(request.isHandledBy(outsider), "the receiving department handles it as usual");
    }

    @Test
    void theRequesterOfAnInternalTicketWritesBackAndTheDepartmentAnswers() {
        Agent requester = agent(AgentRole.AGENT, TicketVisibility.LINKED_DEPARTMENTS, d1);
        Agent handler = agent(AgentRole.AGENT, TicketVisibility.LINKED_DEPARTMENTS, d2);
        Ticket request = Ticket.openInternal(requester, d2, c2, "Access to ERP", "Please",
                TicketChannel.API, List.of(), NOW);
        request.answer(handler, "Which module?", List.of(), NOW);
        request.replyAsRequester(requester, "Finance", List.of(), NOW);
        assertEquals(TicketSituation.CUSTOMER_REPLIED, request.situation());
        assertThrows(AccessDeniedException.class, () -> request.replyAsRequester(handler, "x", List.of(), NOW));
        assertThrows(AccessDeniedException.class, () -> request.answer(requester, "x", List.of(), NOW));
    }

    @Test
    void anInactiveAgentNeitherSeesNorActs() {
        Agent a = agent(AgentRole.AGENT, TicketVisibility.ALL_DEPARTMENTS, d1);
        Ticket t1 = referenceTickets(a).get("T1");
        a.activate(false);
        assertFalse(t1.isVisibleTo(a));
        assertFalse(t1.isHandledBy(a));
    }

    private Map<String, Ticket> referenceTickets(Agent a) {
        Map<String, Ticket> tickets = new LinkedHashMap<>();
        tickets.put("T1", ticket(d1, c1, null));
        tickets.put("T2", ticket(d2, c2, null));
        tickets.put("T3", ticket(d2, c2, a));
        tickets.put("T4", ticket(d1, c1, agentB));
        return tickets;
    }

    /**
     * The assignee is set directly: T3 is assigned to an agent not linked to its department (they were unlinked
     * after the assignment), which the assignment rules themselves would not produce.
     */
    private Ticket ticket(Department department, Category category, Agent assignee) {
        Ticket ticket = Ticket.open(customer, department, category, "Subject", "Message",
                TicketChannel.CUSTOMER_PANEL, List.of(), Author.of(customer), NOW);
        return assignee == null ? ticket : Entities.withField(ticket, "assignedAgent", assignee);
    }

    private Agent agent(AgentRole role, TicketVisibility mode, Department... departments) {
        Agent agent = Entities.withId(new Agent("Agent " + nextId, "agent" + nextId + "@example.com", role,
                group(mode), Credentials.directory(), Language.PT_BR, NOW), 1000 + nextId++);
        for (Department d : departments) {
            agent.linkTo(d);
        }
        return agent;
    }

    static PermissionGroup group(TicketVisibility mode) {
        return new PermissionGroup("Group " + mode, new GroupPermissions(mode, true, true, false, false, false,
                Set.of()));
    }
}
