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
import dev.helpdesk.directory.domain.TicketVisibility;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CannedResponseTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void fillsThePlaceholdersFromTheTicket() {
        Department support = Entities.withId(new Department("Suporte", NOW), 1L);
        Category access = Entities.withId(support.addCategory("Acesso"), 2L);
        Customer customer = Entities.withId(new Customer("Carla Dias", "carla@example.com",
                Credentials.directory(), Language.PT_BR, NOW), 3L);
        Ticket ticket = Entities.withId(Ticket.open(customer, support, access, "Senha expirada", "Ajuda",
                TicketChannel.API, List.of(), Author.of(customer), NOW), 4242L, "protocol");
        CannedResponse response = new CannedResponse("Senha", "Olá {cliente.nome}, sobre o chamado {protocolo} "
                + "({assunto}) no {departamento}: escreva para {cliente.email}. {atendente.nome}", Set.of(), NOW);

        assertEquals("Olá Carla Dias, sobre o chamado 4242 (Senha expirada) no Suporte: escreva para "
                + "carla@example.com. Ana", response.renderFor(ticket, "Ana"));
    }

    @Test
    void anInternalTicketFillsTheCustomerPlaceholdersWithTheAgentWhoOpenedIt() {
        Department support = Entities.withId(new Department("Suporte", NOW), 1L);
        Category access = Entities.withId(support.addCategory("Acesso"), 2L);
        Agent requester = Entities.withId(new Agent("Rui Lima", "rui@example.com", AgentRole.AGENT,
                TicketVisibilityTest.group(TicketVisibility.LINKED_DEPARTMENTS), Credentials.directory(),
                Language.PT_BR, NOW), 3L);
        Ticket request = Entities.withId(Ticket.openInternal(requester, support, access, "Notebook novo",
                "O meu quebrou", TicketChannel.AGENT_PANEL, List.of(), NOW), 4243L, "protocol");
        CannedResponse response = new CannedResponse("Recebido", "Olá {cliente.nome} ({cliente.email}), "
                + "recebemos o chamado {protocolo}.", Set.of(), NOW);

        assertEquals("Olá Rui Lima (rui@example.com), recebemos o chamado 4243.",
                response.renderFor(request, "Ana"));
    }

    @Test
    void leavesUnknownPlaceholdersAndInsertsValuesLiterally() {
        assertEquals("Hi $1 \\o/ {unknown} {Not.a.placeholder}",
                Placeholders.fill("Hi {name} {unknown} {Not.a.placeholder}", Map.of("name", "$1 \\o/")));
    }

    @Test
    void servesItsDepartmentsOrAllWhenItHasNone() {
        Department support = Entities.withId(new Department("Suporte", NOW), 1L);
        Department finance = Entities.withId(new Department("Financeiro", NOW), 2L);
        assertTrue(new CannedResponse("t", "b", Set.of(), NOW).servesDepartment(finance));
        CannedResponse supportOnly = new CannedResponse("t", "b", Set.of(support), NOW);
        assertTrue(supportOnly.servesDepartment(support));
        assertFalse(supportOnly.servesDepartment(finance));
    }

    @Test
    void titleAndBodyAreRequired() {
        assertEquals("title", assertThrows(InvalidInputException.class,
                () -> new CannedResponse(" ", "b", Set.of(), NOW)).field());
        assertEquals("body", assertThrows(InvalidInputException.class,
                () -> new CannedResponse("t", "", Set.of(), NOW)).field());
    }
}
