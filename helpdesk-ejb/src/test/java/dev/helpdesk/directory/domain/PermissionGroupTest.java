package dev.helpdesk.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionGroupTest {

    @Test
    void customerDataIsKeptInCanonicalFormAndUnknownItemsAreRefused() {
        PermissionGroup group = new PermissionGroup("Nível 1", permissions(TicketVisibility.OWN_ONLY,
                List.of("email", " field:12 ")));
        assertEquals(Set.of("EMAIL", "FIELD:12"), group.customerData());
        assertThrows(InvalidInputException.class, () -> group.grant(permissions(TicketVisibility.OWN_ONLY,
                List.of("CPF"))));
        assertThrows(InvalidInputException.class, () -> group.grant(permissions(null, List.of())));
    }

    @Test
    void registeringCustomersImpliesSeeingThem() {
        PermissionGroup group = new PermissionGroup("Cadastro", new GroupPermissions(
                TicketVisibility.LINKED_DEPARTMENTS, false, true, false, false, false, Set.of()));
        assertTrue(group.permissions().viewCustomers());
    }

    @Test
    void onlyPlainAgentsAreGovernedByTheirGroup() {
        PermissionGroup restricted = new PermissionGroup("Restrito", permissions(TicketVisibility.OWN_ONLY,
                List.of()));
        Instant now = Instant.EPOCH;
        Agent agent = new Agent("Ana", "ana@example.com", AgentRole.AGENT, restricted, Credentials.directory(),
                null, now);
        Agent manager = new Agent("Gil", "gil@example.com", AgentRole.MANAGER, restricted, Credentials.directory(),
                null, now);
        assertFalse(agent.permissions().mayView(CustomerData.EMAIL));
        assertFalse(agent.permissions().viewReports());
        assertTrue(manager.permissions().mayView(CustomerData.PHONE));
        assertTrue(manager.permissions().viewReports());
    }

    private static GroupPermissions permissions(TicketVisibility visibility, List<String> data) {
        return new GroupPermissions(visibility, true, false, false, false, false, Set.copyOf(data));
    }
}
