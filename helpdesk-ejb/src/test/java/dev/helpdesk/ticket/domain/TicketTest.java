package dev.helpdesk.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.TicketVisibility;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private Department support;
    private Department finance;
    private Category hardware;
    private Category refunds;
    private Customer customer;
    private Customer otherCustomer;
    private Agent supportAgent;
    private Agent financeAgent;
    private Agent admin;
    private long nextAgentId = 1000;

    @BeforeEach
    void setUp() {
        support = Entities.withId(new Department("Support", NOW), 1L);
        finance = Entities.withId(new Department("Finance", NOW), 2L);
        hardware = Entities.withId(support.addCategory("Hardware"), 10L);
        refunds = Entities.withId(finance.addCategory("Refunds"), 20L);
        customer = Entities.withId(new Customer("Carla", "carla@example.com", Credentials.directory(),
                Language.PT_BR, NOW), 100L);
        otherCustomer = Entities.withId(new Customer("Otto", "otto@example.com", Credentials.directory(),
                Language.PT_BR, NOW), 101L);
        supportAgent = agent("Sam", "sam@example.com", AgentRole.AGENT, support);
        financeAgent = agent("Fay", "fay@example.com", AgentRole.AGENT, finance);
        admin = agent("Ada", "ada@example.com", AgentRole.ADMIN, null);
    }

    @Test
    void opensNotStartedWithLowPriorityAndAnOpaqueId() {
        Ticket ticket = open("Printer", "It does not print", List.of());
        assertEquals(TicketSituation.NOT_STARTED, ticket.situation());
        assertEquals(Priority.LOW, ticket.priority());
        assertEquals(TicketType.E, ticket.type());
        assertTrue(ticket.publicId().matches("[0-9a-f]{32}"));
        assertEquals("Printer", ticket.subject());
    }

    @Test
    void categoryMustBelongToTheDepartment() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ticket.open(customer, support,
                refunds, "s", "m", TicketChannel.API, List.of(), Author.of(customer), NOW));
        assertEquals("categoryId", e.field());
    }

    @Test
    void aDeactivatedCategoryTakesNoNewTicketsNorTransfersButItsTicketsKeepIt() {
        Ticket ticket = open("Printer", "Jammed", List.of());
        hardware.activate(false);
        InvalidInputException opening = assertThrows(InvalidInputException.class, () -> Ticket.open(customer,
                support, hardware, "s", "m", TicketChannel.API, List.of(), Author.of(customer), NOW));
        assertEquals("categoryId", opening.field());
        assertEquals("validation.category.inactive", opening.messageKey());
        assertEquals(hardware, ticket.category(), "the ticket keeps it");
        refunds.activate(false);
        InvalidInputException transfer = assertThrows(InvalidInputException.class,
                () -> ticket.transferTo(supportAgent, finance, refunds, NOW));
        assertEquals("validation.category.inactive", transfer.messageKey());
        hardware.activate(true);
        refunds.activate(true);
        Ticket.open(customer, support, hardware, "s", "m", TicketChannel.API, List.of(), Author.of(customer), NOW);
    }

    @Test
    void aDeactivatedDepartmentTakesNoNewTickets() {
        support.activate(false);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> open("s", "m", List.of()));
        assertEquals("departmentId", e.field());
        assertEquals("validation.department.inactive", e.messageKey());
        support.activate(true);
    }

    @Test
    void subjectAndMessageAreRequiredAndBounded() {
        assertEquals("subject", assertThrows(InvalidInputException.class, () -> open(" ", "m", List.of())).field());
        assertEquals("message", assertThrows(InvalidInputException.class, () -> open("s", null, List.of())).field());
        String longSubject = "x".repeat(Ticket.MAX_SUBJECT_LENGTH + 1);
        assertEquals("validation.tooLong",
                assertThrows(InvalidInputException.class, () -> open(longSubject, "m", List.of())).messageKey());
    }

    @Test
    void lifecycleKeepsAnOrderedConversation() {
        Ticket ticket = open("VPN", "Cannot connect", List.of());

        ticket.answer(supportAgent, "Which error?", List.of(), NOW.plusSeconds(60));
        assertEquals(TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER, ticket.situation());

        ticket.replyAsCustomer(customer, "Error 800", List.of(), NOW.plusSeconds(120));
        assertEquals(TicketSituation.CUSTOMER_REPLIED, ticket.situation());

        ticket.addInternalNote(supportAgent, "Looks like the certificate", List.of(), NOW.plusSeconds(150));
        assertEquals(TicketSituation.CUSTOMER_REPLIED, ticket.situation());

        ticket.finish(supportAgent, NOW.plusSeconds(180));
        assertEquals(TicketSituation.FINISHED, ticket.situation());
        assertEquals(NOW.plusSeconds(180), ticket.closedAt());
        assertEquals("validation.ticket.closed", assertThrows(InvalidInputException.class,
                () -> ticket.replyAsCustomer(customer, "Again", List.of(), NOW.plusSeconds(200))).messageKey());

        ticket.reopen(supportAgent, NOW.plusSeconds(240));
        assertEquals(TicketSituation.WAITING_FOR_AGENT, ticket.situation());
        assertNull(ticket.closedAt());

        assertEquals(List.of("Which error?", "Error 800", "Looks like the certificate"),
                ticket.replies().stream().map(Reply::body).toList());
        assertTrue(ticket.replies().get(2).isInternal());
        assertFalse(ticket.replies().get(0).isInternal());
        assertEquals(NOW.plusSeconds(240), ticket.updatedAt());

        assertEquals(List.of(TicketEventKind.OPENED, TicketEventKind.ANSWERED, TicketEventKind.CUSTOMER_REPLIED,
                        TicketEventKind.NOTE_ADDED, TicketEventKind.FINISHED, TicketEventKind.REOPENED),
                ticket.history().stream().map(TicketEvent::kind).toList());
        TicketEvent closing = ticket.history().get(4);
        assertEquals("CUSTOMER_REPLIED", closing.before());
        assertEquals("FINISHED", closing.after());
        assertEquals(NOW.plusSeconds(180), closing.createdAt());
    }

    @Test
    void assignsOnlyToAgentsOfTheDepartment() {
        Ticket ticket = open("VPN", "Cannot connect", List.of());
        ticket.assignTo(supportAgent, supportAgent, NOW);
        assertEquals(supportAgent, ticket.assignedAgent());
        assertEquals("agentId", assertThrows(InvalidInputException.class,
                () -> ticket.assignTo(supportAgent, financeAgent, NOW)).field());
        ticket.assignTo(supportAgent, null, NOW.plusSeconds(1));
        TicketEvent released = ticket.history().get(ticket.history().size() - 1);
        assertEquals("Sam", released.before());
        assertNull(released.after());
    }

    @Test
    void transferMovesDepartmentAndReleasesAnAssigneeWhoDoesNotWorkThere() {
        Ticket ticket = open("Refund", "Charged twice", List.of());
        ticket.assignTo(supportAgent, supportAgent, NOW);
        assertEquals("categoryId", assertThrows(InvalidInputException.class,
                () -> ticket.transferTo(supportAgent, finance, hardware, NOW)).field());
        ticket.transferTo(supportAgent, finance, refunds, NOW.plusSeconds(5));
        assertEquals(finance, ticket.department());
        assertEquals(refunds, ticket.category());
        assertNull(ticket.assignedAgent());
        TicketEvent transfer = ticket.history().get(ticket.history().size() - 2);
        assertEquals(TicketEventKind.TRANSFERRED, transfer.kind());
        assertEquals("Support / Hardware", transfer.before());
        assertEquals("Finance / Refunds", transfer.after());
        assertThrows(AccessDeniedException.class, () -> ticket.changePriority(supportAgent, Priority.HIGH, NOW));
    }

    @Test
    void transferWritesAHistoryLineForTheAssigneeAndStatusItClears() {
        Ticket ticket = open("Refund", "Charged twice", List.of());
        Agent both = agent("Bia", "bia@example.com", AgentRole.AGENT, support);
        both.linkTo(finance);
        ticket.assignTo(supportAgent, both, NOW);
        ticket.changeStatus(supportAgent, Entities.withId(new TicketStatus(support, "Aguardando", NOW), 7L), NOW);
        int before = ticket.history().size();

        ticket.transferTo(supportAgent, finance, refunds, true, NOW.plusSeconds(1));
        assertEquals(both, ticket.assignedAgent(), "kept: she works in the target department");
        List<TicketEvent> lines = ticket.history().subList(before, ticket.history().size());
        assertEquals(List.of(TicketEventKind.TRANSFERRED, TicketEventKind.STATUS_CHANGED),
                lines.stream().map(TicketEvent::kind).toList());
        assertEquals("Aguardando", lines.get(1).before());
        assertNull(lines.get(1).after());

        int second = ticket.history().size();
        ticket.transferTo(both, support, hardware, false, NOW.plusSeconds(2));
        assertNull(ticket.assignedAgent(), "cleared as asked");
        TicketEvent released = ticket.history().get(second + 1);
        assertEquals(TicketEventKind.ASSIGNED, released.kind());
        assertEquals("Bia", released.before());
        assertNull(released.after());
    }

    @Test
    void statusesComeFromTheTicketsDepartmentAndTransferClearsThem() {
        Ticket ticket = open("VPN", "Cannot connect", List.of());
        TicketStatus waitingSupplier = Entities.withId(new TicketStatus(support, "Aguardando fornecedor", NOW), 7L);
        TicketStatus financeStatus = Entities.withId(new TicketStatus(finance, "Em análise", NOW), 8L);
        assertEquals("statusId", assertThrows(InvalidInputException.class,
                () -> ticket.changeStatus(supportAgent, financeStatus, NOW)).field());
        ticket.changeStatus(supportAgent, waitingSupplier, NOW);
        assertEquals(waitingSupplier, ticket.status());
        assertEquals(TicketSituation.NOT_STARTED, ticket.situation(), "a status never moves the situation");
        TicketEvent change = ticket.history().get(ticket.history().size() - 1);
        assertEquals(TicketEventKind.STATUS_CHANGED, change.kind());
        assertEquals("Aguardando fornecedor", change.after());

        ticket.transferTo(supportAgent, finance, refunds, NOW);
        assertNull(ticket.status());
    }

    @Test
    void aDeactivatedStatusCanNoLongerBeSetButTheTicketThatCarriesItKeepsIt() {
        Ticket ticket = open("VPN", "Cannot connect", List.of());
        TicketStatus waiting = Entities.withId(new TicketStatus(support, "Aguardando fornecedor", NOW), 7L);
        TicketStatus analysing = Entities.withId(new TicketStatus(support, "Em análise", NOW), 9L);
        ticket.changeStatus(supportAgent, waiting, NOW);
        waiting.activate(false);
        analysing.activate(false);
        assertEquals(waiting, ticket.status(), "kept while deactivated");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ticket.changeStatus(supportAgent, analysing, NOW));
        assertEquals("statusId", e.field());
        assertEquals("validation.status.inactive", e.messageKey());
        ticket.changeStatus(supportAgent, null, NOW);
        analysing.activate(true);
        ticket.changeStatus(supportAgent, analysing, NOW);
        assertEquals(analysing, ticket.status(), "reactivated, it is offered again");
    }

    @Test
    void priorityChangesAreRecordedOnce() {
        Ticket ticket = open("VPN", "Cannot connect", List.of());
        ticket.changePriority(supportAgent, Priority.URGENT, NOW);
        ticket.changePriority(supportAgent, Priority.URGENT, NOW);
        assertEquals(Priority.URGENT, ticket.priority());
        assertEquals(2, ticket.history().size());
        assertEquals("LOW", ticket.history().get(1).before());
        assertEquals("URGENT", ticket.history().get(1).after());
    }

    @Test
    void onlyAgentsOfTheDepartmentOrAdministratorsAnswer() {
        Ticket ticket = open("VPN", "Cannot connect", List.of());
        assertThrows(AccessDeniedException.class, () -> ticket.answer(financeAgent, "Not mine", List.of(), NOW));
        assertThrows(AccessDeniedException.class, () -> ticket.finish(financeAgent, NOW));
        ticket.answer(admin, "Admins may", List.of(), NOW);
        assertEquals(1, ticket.replies().size());
    }

    @Test
    void onlyTheTicketsCustomerRepliesAsCustomer() {
        Ticket ticket = open("VPN", "Cannot connect", List.of());
        assertThrows(AccessDeniedException.class,
                () -> ticket.replyAsCustomer(otherCustomer, "Me too", List.of(), NOW));
    }

    @Test
    void keepsAttachmentsWithCleanNames() {
        FileUpload log = new FileUpload("C:\\Users\\carla\\..\\erro.log", "text/plain",
                "boom".getBytes(StandardCharsets.UTF_8));
        Ticket ticket = open("Crash", "See the log", List.of(log));
        Attachment attachment = ticket.attachments().get(0);
        assertEquals("erro.log", attachment.fileName());
        assertEquals(4, attachment.sizeBytes());
        assertEquals("boom", new String(attachment.content(), StandardCharsets.UTF_8));
    }

    @Test
    void refusesEmptyOversizedOrTooManyAttachments() {
        FileUpload empty = new FileUpload("a.txt", "text/plain", new byte[0]);
        assertEquals("validation.attachment.empty",
                assertThrows(InvalidInputException.class, () -> open("s", "m", List.of(empty))).messageKey());
        FileUpload huge = new FileUpload("big.bin", null, new byte[(int) Attachment.MAX_SIZE_BYTES + 1]);
        assertEquals("validation.attachment.tooLarge",
                assertThrows(InvalidInputException.class, () -> open("s", "m", List.of(huge))).messageKey());
        FileUpload one = new FileUpload("a.txt", "text/plain", new byte[] {1});
        List<FileUpload> eleven = java.util.Collections.nCopies(Ticket.MAX_ATTACHMENTS + 1, one);
        assertEquals("validation.attachment.tooMany",
                assertThrows(InvalidInputException.class, () -> open("s", "m", eleven)).messageKey());
        assertEquals("application/octet-stream", open("s", "m", List.of(new FileUpload("x", " ", new byte[] {1})))
                .attachments().get(0).contentType());
    }

    @Test
    void attachmentsKeepTheirCheckedTypeAndTextKeepsToTextCharacters() {
        Ticket ticket = open("s", "m", List.of(new FileUpload("page.html", "Text/HTML", new byte[] {1})));
        assertEquals("text/html", ticket.attachments().get(0).contentType());
        assertEquals("validation.attachment.contentType", assertThrows(InvalidInputException.class,
                () -> open("s", "m", List.of(new FileUpload("x.bin", "not a type", new byte[] {1})))).messageKey());
        assertEquals("subject", assertThrows(InvalidInputException.class,
                () -> open("Printer\u0000", "m", List.of())).field());
        assertEquals("body", assertThrows(InvalidInputException.class,
                () -> open("s", "m", List.of()).replyAsCustomer(customer, "ok\u0008", List.of(), NOW)).field());
    }

    @Test
    void fileNamesNeverClimbDirectories() {
        assertEquals("passwd", Attachment.cleanFileName("../../etc/passwd"));
        assertEquals("report.pdf", Attachment.cleanFileName("report\u0000.pdf"));
        assertThrows(InvalidInputException.class, () -> Attachment.cleanFileName("a/.."));
    }

    @Test
    void theScheduleNoticeIsDueAtStartMinusLeadOnceAndAgainForANewSchedule() {
        Ticket ticket = open("Visit", "Please come over", List.of());
        Instant start = Instant.parse("2026-11-23T14:00:00Z");
        java.time.Duration lead = java.time.Duration.ofMinutes(10);
        ticket.schedule(supportAgent, start, null, NOW);
        assertEquals(supportAgent, ticket.scheduledAgent());
        assertFalse(ticket.isScheduleNoticeDue(lead, Instant.parse("2026-11-23T13:49:59Z")));
        assertTrue(ticket.isScheduleNoticeDue(lead, Instant.parse("2026-11-23T13:50:00Z")));
        ticket.markScheduleNoticed(Instant.parse("2026-11-23T13:50:00Z"));
        assertFalse(ticket.isScheduleNoticeDue(lead, Instant.parse("2026-11-23T13:55:00Z")));

        ticket.schedule(supportAgent, start.plusSeconds(3600), null, NOW);
        assertTrue(ticket.isScheduleNoticeDue(lead, Instant.parse("2026-11-23T14:50:00Z")));
        assertEquals(TicketEventKind.SCHEDULED, ticket.history().get(ticket.history().size() - 1).kind());

        ticket.finish(supportAgent, NOW);
        assertFalse(ticket.isScheduleNoticeDue(lead, Instant.parse("2026-11-23T14:50:00Z")));
    }

    @Test
    void onlyAnAgentWhoHandlesTheTicketIsScheduledForIt() {
        Ticket ticket = open("Visit", "Please come over", List.of());
        Instant start = Instant.parse("2026-11-23T14:00:00Z");
        assertThrows(AccessDeniedException.class, () -> ticket.schedule(financeAgent, start, null, NOW));
        assertEquals("agentId", assertThrows(InvalidInputException.class,
                () -> ticket.schedule(supportAgent, start, financeAgent, NOW)).field());
        ticket.schedule(admin, start, supportAgent, NOW);
        assertEquals(supportAgent, ticket.scheduledAgent());
        ticket.schedule(admin, null, null, NOW);
        assertNull(ticket.scheduledStart());
        assertNull(ticket.scheduledAgent());
    }

    private Ticket open(String subject, String message, List<FileUpload> files) {
        return Ticket.open(customer, support, hardware, subject, message, TicketChannel.CUSTOMER_PANEL, files,
                Author.of(customer), NOW);
    }

    private Agent agent(String name, String email, AgentRole role, Department department) {
        Agent agent = Entities.withId(new Agent(name, email, role, TicketVisibilityTest.group(
                TicketVisibility.LINKED_DEPARTMENTS), Credentials.directory(), Language.PT_BR, NOW), nextAgentId++);
        if (department != null) {
            agent.linkTo(department);
        }
        return agent;
    }
}
