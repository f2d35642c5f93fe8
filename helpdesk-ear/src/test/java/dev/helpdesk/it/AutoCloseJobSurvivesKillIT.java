package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The auto-close job killed with SIGKILL half-way through hundreds of tickets, the server started again, the run
 * restarted from the console's API: the operators are mailed that the run crashed, the restart finishes, every ticket
 * was warned exactly once, and the customer got exactly one warning mail per ticket.
 */
@Tag("durability")
@Order(2)
@ExtendWith(DurabilityServer.class)
class AutoCloseJobSurvivesKillIT {

    private static final int TICKETS = 600;
    private static final int CHUNK = 100;
    private static final String ADMIN_EMAIL = "admin@helpdesk.test";

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void aRunKilledHalfWayAndRestartedWarnsEachTicketOnce(StandaloneServer server) throws Exception {
        ServerClock clock = new ServerClock(server.managementPort());
        TestAccount account = new TestAccount(server.baseUrl());
        ApiClient admin = account.admin;
        SavedSetting automation = SavedSetting.read(admin, "/account/automation");
        try {
            assertEquals(200, admin.put("/account/automation", Json.createObjectBuilder()
                    .add("autoCloseEnabled", true).add("autoCloseWarnDays", 3).add("autoCloseCloseDays", 2)
                    .add("scheduleNoticeMinutes", 10).build()).status());
            List<Long> tickets = waitingOnTheCustomer(account);

            clock.shift(Duration.ofDays(3).plusMinutes(1));
            long executionId = TestAccount.created(admin.post("/jobs/auto-close/runs",
                    Json.createObjectBuilder().build())).getJsonNumber("executionId").longValue();
            awaitHalfWay(admin, executionId);
            server.kill();

            server.setEnvironment("HELPDESK_MAIL_DISPATCH", "true");
            server.start(ApiClient.PROVISIONING_TOKEN);
            assertEquals("FAILED", admin.get("/jobs/runs/" + executionId).json().getString("status"));
            String crashMail = Mailbox.body(Mailbox.await(ADMIN_EMAIL, "auto-close", 1, Duration.ofMinutes(2))
                    .stream().filter(m -> Mailbox.body(m).contains(" " + executionId + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no mail to the operators about run " + executionId)));
            assertTrue(crashMail.contains("CRASHED"), crashMail);
            long restarted = TestAccount.created(admin.post("/jobs/runs/" + executionId + "/restart",
                    Json.createObjectBuilder().build())).getJsonNumber("executionId").longValue();
            JsonObject finished = Jobs.awaitCompleted(admin, restarted, Instant.now().plusSeconds(120));
            assertTrue(finished.getJsonNumber("processed").longValue() <= TICKETS - CHUNK,
                    () -> "the restart went on from the last checkpoint: " + finished);

            ApiClient agent = account.clientFor(account.supportAgentEmail);
            for (long protocol : tickets) {
                long warnings = agent.get("/tickets/" + protocol).json().getJsonArray("history")
                        .getValuesAs(JsonObject.class).stream()
                        .filter(e -> e.getString("kind").equals("AUTO_CLOSE_WARNED")).count();
                assertEquals(1, warnings, () -> "ticket " + protocol + " warned " + warnings + " times");
            }
            Mailbox.await(account.customerEmail, "será finalizado", TICKETS, Duration.ofMinutes(2));
            Outbox.awaitAllSettled(admin);
            Map<String, Long> mailsPerSubject = Mailbox.received(account.customerEmail, "será finalizado")
                    .stream().collect(Collectors.groupingBy(Mailbox::subject, Collectors.counting()));
            assertEquals(TICKETS, mailsPerSubject.size());
            assertTrue(mailsPerSubject.values().stream().allMatch(n -> n == 1), "a second warning mail");
        } finally {
            clock.reset();
            automation.restore();
        }
    }

    /** Tickets the agent answered, so that they wait on the customer; opened four at a time. */
    private static List<Long> waitingOnTheCustomer(TestAccount account) throws Exception {
        ApiClient customer = account.clientFor(account.customerEmail);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        assertEquals(200, agent.put("/me/mail-preferences", Json.createObjectBuilder().add("NEW_TICKET", false)
                .build()).status(), "only the warnings are mailed in this test");
        Function<Integer, Long> openAndAnswer = i -> {
            long protocol = TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                    .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                    .add("subject", "Parado " + i).add("message", "Sem resposta").add("notifyByEmail", false)
                    .build()))
                    .getJsonNumber("protocol").longValue();
            TestAccount.created(agent.post("/tickets/" + protocol + "/replies", Json.createObjectBuilder()
                    .add("body", "Pode testar?").build()));
            return protocol;
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> opened = IntStream.range(0, TICKETS)
                    .mapToObj(i -> pool.submit(() -> openAndAnswer.apply(i))).toList();
            List<Long> protocols = new ArrayList<>();
            for (Future<Long> ticket : opened) {
                protocols.add(ticket.get());
            }
            return protocols;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Waits until the run reads its third chunk (so the first committed) and is not near its end; the moment to pull
     * the plug.
     */
    private static void awaitHalfWay(ApiClient admin, long executionId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = admin.get("/jobs/runs/" + executionId).json();
            long processed = run.getJsonNumber("processed").longValue();
            if (processed > 2 * CHUNK && processed < TICKETS - CHUNK) {
                return;
            }
            if (!List.of("STARTING", "STARTED").contains(run.getString("status"))) {
                fail("the run ended before it could be killed half-way: " + run);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the run did not get going");
    }
}
