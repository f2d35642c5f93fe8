package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The auto-close (C1) and scheduled-notice (A12) jobs on the running server, with the embedded mail server, days
 * passing by moving the server's clock: warning then close, a customer reply cancelling the close, and the notice
 * leaving at start − lead, each exactly once however often the jobs run.
 */
@ExtendWith(HelpdeskServer.class)
class AutomationJobsIT {

    private final ServerClock clock = ServerClock.managed();

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anUnansweredTicketIsWarnedThenClosedAndACustomerReplyCancelsTheClose() throws InterruptedException {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting saved = SavedSetting.read(admin, "/account/automation");
        JsonObject automation = ok(admin.put("/account/automation", automation(true, 3, 2, 10)));
        try {
            assertEquals(3, automation.getInt("autoCloseWarnDays"));
            ApiClient customer = account.clientFor(account.customerEmail);
            ApiClient agent = account.clientFor(account.supportAgentEmail);
            long silent = openAndAnswer(account, customer, agent, "Silencioso");
            long answering = openAndAnswer(account, customer, agent, "Responde");

            clock.shift(Duration.ofDays(3).minusMinutes(2));
            Jobs.runToTheEnd(admin, "auto-close");
            assertEquals(List.of(), kinds(agent, silent, "AUTO_CLOSE"), "warned too early");

            clock.shift(Duration.ofDays(3).plusMinutes(1));
            Jobs.runToTheEnd(admin, "auto-close");
            MimeMessage warning = Mailbox.await(account.customerEmail, "#" + silent + ":", 1, Duration.ofSeconds(30))
                    .get(0);
            assertTrue(Mailbox.body(warning).contains("Silencioso " + account.suffix), Mailbox.body(warning));
            Mailbox.await(account.customerEmail, "#" + answering + ":", 1, Duration.ofSeconds(30));
            assertEquals(List.of("AUTO_CLOSE_WARNED"), kinds(agent, silent, "AUTO_CLOSE"));

            TestAccount.created(customer.post("/tickets/" + answering + "/replies", Json.createObjectBuilder()
                    .add("body", "Ainda preciso de ajuda").build()));
            Jobs.runToTheEnd(admin, "auto-close");

            clock.shift(Duration.ofDays(5).plusMinutes(2));
            Jobs.runToTheEnd(admin, "auto-close");
            JsonObject closed = agent.get("/tickets/" + silent).json();
            assertEquals("FINISHED", closed.getString("situation"));
            JsonObject note = closed.getJsonArray("replies").getJsonObject(closed.getJsonArray("replies").size() - 1);
            assertEquals("SYSTEM", note.getString("authorKind"));
            assertTrue(note.getString("body").contains("2"), note::toString);
            assertEquals(List.of("AUTO_CLOSE_WARNED", "AUTO_CLOSED"), kinds(agent, silent, "AUTO_CLOSE"));
            Mailbox.await(account.customerEmail, "#" + silent + " finalizado", 1, Duration.ofSeconds(30));
            assertEquals("CUSTOMER_REPLIED", agent.get("/tickets/" + answering).json().getString("situation"),
                    "the customer's reply cancelled the close");

            Jobs.runToTheEnd(admin, "auto-close");
            Outbox.awaitSettled(admin, silent);
            Outbox.awaitSettled(admin, answering);
            assertEquals(2, Mailbox.received(account.customerEmail, "#" + silent + ":").size()
                    + Mailbox.received(account.customerEmail, "#" + silent + " ").size(),
                    "one warning and one closing mail, however often the job runs");
            assertEquals(1, Mailbox.received(account.customerEmail, "#" + answering + ":").size());

            List<JsonObject> sent = admin.get("/outbox?state=SENT&ticket=" + silent).jsonValue().asJsonArray()
                    .getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.containsKey("ticketProtocol")
                            && m.getJsonNumber("ticketProtocol").longValue() == silent
                            && m.getString("subject").contains("falta de resposta"))
                    .toList();
            assertEquals(2, sent.size(), sent::toString);
            assertTrue(sent.stream().allMatch(m -> m.getString("recipient").equals(account.customerEmail)));
            assertEquals(403, agent.get("/outbox").status());
            assertEquals(400, admin.get("/outbox?state=LOST").status());
        } finally {
            saved.restore();
        }
    }

    @Test
    void theScheduledNoticeLeavesAtStartMinusTheLeadTimeOnce() throws InterruptedException, MessagingException {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting saved = SavedSetting.read(admin, "/account/automation");
        ok(admin.put("/account/automation", automation(false, 3, 2, 10)));
        try {
            ApiClient customer = account.clientFor(account.customerEmail);
            ApiClient agent = account.clientFor(account.supportAgentEmail);
            long protocol = open(account, customer, "Visita técnica");
            Instant start = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
            JsonObject scheduled = ok(agent.put("/tickets/" + protocol + "/schedule", Json.createObjectBuilder()
                    .add("start", start.toString()).build()));
            assertEquals(start, Instant.parse(scheduled.getJsonObject("schedule").getString("start")));
            assertEquals(400, agent.put("/tickets/" + protocol + "/schedule", Json.createObjectBuilder()
                    .add("start", "amanhã").build()).status());
            assertEquals(404, account.clientFor(account.financeAgentEmail).put("/tickets/" + protocol + "/schedule",
                    Json.createObjectBuilder().add("start", start.toString()).build()).status());
            Instant noticeAt = start.minus(Duration.ofMinutes(10));

            clock.shift(Duration.between(Instant.now(), noticeAt.minusSeconds(60)));
            Jobs.runToTheEnd(admin, "schedule-notices");
            assertTrue(notices(agent, protocol).isEmpty(), "a minute before start − lead: no notice yet");

            clock.shift(Duration.between(Instant.now(), noticeAt.plusSeconds(5)));
            Jobs.runToTheEnd(admin, "schedule-notices");
            List<JsonObject> notices = notices(agent, protocol);
            assertEquals(1, notices.size(), notices::toString);
            assertEquals(start, Instant.parse(notices.get(0).getString("startsAt")));
            Instant raised = Instant.parse(notices.get(0).getString("createdAt"));
            assertTrue(!raised.isBefore(noticeAt) && raised.isBefore(noticeAt.plusSeconds(60)), raised::toString);
            MimeMessage mail = Mailbox.await(account.supportAgentEmail, "#" + protocol + " ", 1, Duration.ofSeconds(30))
                    .get(0);
            Instant sent = mail.getSentDate().toInstant();
            assertTrue(!sent.isBefore(noticeAt) && sent.isBefore(noticeAt.plusSeconds(60)), sent::toString);
            assertTrue(Mailbox.body(mail).contains("Visita técnica " + account.suffix), Mailbox.body(mail));

            Jobs.runToTheEnd(admin, "schedule-notices");
            Outbox.awaitSettled(admin, protocol);
            assertEquals(1, notices(agent, protocol).size());
            assertEquals(1, Mailbox.received(account.supportAgentEmail, "#" + protocol + " ").size());
            assertEquals(204, agent.postRaw("/me/notices/read", "{}").status());
            assertTrue(notices(agent, protocol).get(0).containsKey("readAt"));
        } finally {
            saved.restore();
        }
    }

    private static long openAndAnswer(TestAccount account, ApiClient customer, ApiClient agent, String subject) {
        long protocol = open(account, customer, subject);
        TestAccount.created(agent.post("/tickets/" + protocol + "/replies", Json.createObjectBuilder()
                .add("body", "Pode reiniciar e nos dizer?").build()));
        return protocol;
    }

    private static long open(TestAccount account, ApiClient customer, String subject) {
        return TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("subject", subject + " " + account.suffix).add("message", "Detalhes").build()))
                .getJsonNumber("protocol").longValue();
    }

    private static List<String> kinds(ApiClient agent, long protocol, String prefix) {
        return agent.get("/tickets/" + protocol).json().getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("kind")).filter(k -> k.startsWith(prefix)).toList();
    }

    private static List<JsonObject> notices(ApiClient agent, long protocol) {
        return agent.get("/me/notices").jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("protocol").longValue() == protocol).toList();
    }

    private static JsonObject automation(boolean enabled, int warnDays, int closeDays, int noticeMinutes) {
        return Json.createObjectBuilder().add("autoCloseEnabled", enabled).add("autoCloseWarnDays", warnDays)
                .add("autoCloseCloseDays", closeDays).add("scheduleNoticeMinutes", noticeMinutes).build();
    }
}
