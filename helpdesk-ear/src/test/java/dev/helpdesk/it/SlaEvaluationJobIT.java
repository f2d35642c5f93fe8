package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SLA evaluation job through the operator API: a ticket whose one-minute deadline is half used is alerted to
 * its assignee, its department's manager and the administrators chosen for SLA alerts among the account e-mails
 * (not the others), in the panel and by e-mail, each level once however often the job runs; runs are listed with their progress; only administrators operate jobs.
 */
@ExtendWith(HelpdeskServer.class)
class SlaEvaluationJobIT {

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void aHalfUsedDeadlineIsAlertedOnceToTheAssigneeAndTheManager() throws InterruptedException {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        String managerEmail = "sla-manager-" + account.suffix + "@it.test";
        TestAccount.created(admin.post("/agents", Json.createObjectBuilder().add("name", "Gerente " + account.suffix)
                .add("email", managerEmail).add("role", "MANAGER").add("directory", "LDAP")
                .add("departmentIds", Json.createArrayBuilder().add(account.supportId)).build()));
        long shift = TestAccount.created(admin.post("/sla/shifts", Json.createObjectBuilder()
                .add("name", "24x7 " + account.suffix).add("hours", allWeek()).build())).getJsonNumber("id")
                .longValue();
        TestAccount.created(admin.post("/sla/rules", Json.createObjectBuilder().add("kind", "DEADLINE")
                .add("scopeKind", "GENERAL").add("departmentId", account.supportId).add("minutes", 1)
                .add("shiftId", shift).build()));
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        ApiClient manager = account.clientFor(managerEmail);
        long protocol = TestAccount.created(account.clientFor(account.customerEmail).post("/tickets",
                Json.createObjectBuilder().add("departmentId", account.supportId)
                        .add("categoryId", account.supportCategoryId).add("subject", "Urgente " + account.suffix)
                        .add("message", "Parou tudo").build())).getJsonNumber("protocol").longValue();
        long agentId = agent.get("/me").json().getJsonNumber("id").longValue();
        assertEquals(200, admin.put("/tickets/" + protocol + "/assignee", Json.createObjectBuilder()
                .add("agentId", agentId).build()).status());
        // the account e-mails: one administrator chosen for SLA alerts, another not
        String watcher = "sla-watcher-" + account.suffix + "@it.test";
        String bystander = "sla-bystander-" + account.suffix + "@it.test";
        long watcherId = administrator(admin, "Vigia " + account.suffix, watcher, account.supportId);
        administrator(admin, "Alheio " + account.suffix, bystander, account.supportId);
        SavedSetting accountMails = SavedSetting.read(admin, "/account/mail-recipients");

        // two thirds of the one-minute deadline pass on the server's clock
        ServerClock clock = ServerClock.managed();
        JsonObject first;
        try {
            assertEquals(200, admin.put("/account/mail-recipients", Json.createObjectBuilder().add("SLA_ALERT",
                    Json.createObjectBuilder().add("allAdministrators", false)
                            .add("agentIds", Json.createArrayBuilder().add(watcherId))).build()).status());
            clock.shift(Duration.ofSeconds(40));
            first = Jobs.runToTheEnd(admin, "sla-evaluation");
            assertTrue(first.getJsonNumber("processed").longValue() >= 1, first::toString);
            assertTrue(first.getJsonNumber("total").longValue() >= 1, first::toString);
            Jobs.runToTheEnd(admin, "sla-evaluation");

            for (ApiClient recipient : List.of(agent, manager)) {
                List<JsonObject> alerts = recipient.get("/me/sla-alerts").jsonValue().asJsonArray()
                        .getValuesAs(JsonObject.class).stream()
                        .filter(a -> a.getJsonNumber("protocol").longValue() == protocol).toList();
                assertTrue(!alerts.isEmpty(), "alerted");
                List<String> levels = alerts.stream().map(a -> a.getString("level")).toList();
                assertEquals(levels.stream().distinct().count(), levels.size(),
                        () -> "a level alerted twice: " + levels);
                assertTrue(List.of("CRITICAL", "URGENT", "BREACHED").containsAll(levels), levels::toString);
            }
            for (String recipient : List.of(account.supportAgentEmail, managerEmail, watcher)) {
                String body = Mailbox.body(Mailbox.await(recipient, "#" + protocol + ":", 1, Duration.ofSeconds(30))
                        .get(0));
                assertTrue(body.contains("Urgente " + account.suffix), body);
            }
            assertEquals(204, agent.postRaw("/me/sla-alerts/read", "{}").status());
            assertTrue(agent.get("/me/sla-alerts").jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .allMatch(a -> a.containsKey("readAt")));
            Outbox.awaitAllSettled(admin);
            assertEquals(List.of(), Mailbox.received(bystander, "#" + protocol + ":"),
                    "an administrator not chosen for SLA alerts gets none");
        } finally {
            clock.reset();
            accountMails.restore();
        }

        long done = first.getJsonNumber("executionId").longValue();
        assertEquals(400, admin.post("/jobs/runs/" + done + "/stop", Json.createObjectBuilder().build()).status(),
                "a completed run cannot be stopped");
        assertEquals(400, admin.post("/jobs/runs/" + done + "/restart", Json.createObjectBuilder().build()).status(),
                "nor restarted");
        assertEquals(404, admin.get("/jobs/runs/999999999").status());
        assertEquals(403, agent.get("/jobs/runs/" + done).status());

        JsonObject jobs = admin.get("/jobs").jsonValue().asJsonArray().getJsonObject(0);
        assertEquals("sla-evaluation", jobs.getString("name"));
        assertEquals(403, agent.get("/jobs").status());
        assertEquals(403, agent.post("/jobs/sla-evaluation/runs", Json.createObjectBuilder().build()).status());
        assertEquals(400, admin.post("/jobs/no-such-job/runs", Json.createObjectBuilder().build()).status());
    }

    private static long administrator(ApiClient admin, String name, String email, long departmentId) {
        return TestAccount.created(admin.post("/agents", Json.createObjectBuilder().add("name", name)
                .add("email", email).add("role", "ADMIN").add("directory", "LOCAL")
                .add("password", TestAccount.PASSWORD)
                .add("departmentIds", Json.createArrayBuilder().add(departmentId)).build()))
                .getJsonNumber("id").longValue();
    }

    @Test
    void anAdministratorChangesTheScheduleWithoutARedeploy() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        JsonObject before = admin.get("/jobs").jsonValue().asJsonArray().getJsonObject(0);
        try {
            JsonObject everyMinute = ok(admin.put("/jobs/sla-evaluation/schedule", schedule(1, true)));
            assertEquals(1, everyMinute.getInt("everyMinutes"));
            Instant next = Instant.parse(everyMinute.getString("nextRunAt"));
            assertTrue(next.isAfter(Instant.now().minusSeconds(5)) && next.isBefore(Instant.now().plusSeconds(65)),
                    () -> "next run at " + next);

            JsonObject off = ok(admin.put("/jobs/sla-evaluation/schedule", schedule(5, false)));
            assertTrue(!off.containsKey("nextRunAt") || off.isNull("nextRunAt"), off::toString);
            assertEquals(400, admin.put("/jobs/sla-evaluation/schedule", schedule(0, true)).status());
            assertEquals(403, account.clientFor(account.supportAgentEmail).put("/jobs/sla-evaluation/schedule",
                    schedule(1, true)).status());
        } finally {
            ok(admin.put("/jobs/sla-evaluation/schedule", schedule(before.getInt("everyMinutes"),
                    before.getBoolean("enabled"))));
        }
        JsonObject job = admin.get("/jobs").jsonValue().asJsonArray().getJsonObject(0);
        assertEquals(before.getInt("everyMinutes"), job.getInt("everyMinutes"));
        assertEquals(before.containsKey("nextRunAt"), job.containsKey("nextRunAt"));
    }

    private static JsonObject schedule(int everyMinutes, boolean enabled) {
        return Json.createObjectBuilder().add("everyMinutes", everyMinutes).add("enabled", enabled).build();
    }

    private static JsonObject allWeek() {
        var hours = Json.createObjectBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.add(day, Json.createArrayBuilder().add(Json.createObjectBuilder().add("start", "00:00")
                    .add("end", "00:00")));
        }
        return hours.build();
    }
}
