package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SLA rules set through the API and the clocks they give tickets: prioritization at opening, the nearest rule
 * (the customer's own before the general one), first response stopped by the first answer, a deadline that pauses
 * while waiting for the customer and is met when finished. The exact arithmetic is in the unit tables.
 */
@ExtendWith(HelpdeskServer.class)
class SlaIT {

    private TestAccount account;
    private ApiClient customer;
    private ApiClient agent;

    @BeforeEach
    void setUp() {
        account = new TestAccount(TicketApiIT.BASE_URL);
        customer = account.clientFor(account.customerEmail);
        agent = account.clientFor(account.supportAgentEmail);
    }

    @Test
    void rulesGiveTicketsTheirPriorityAndClocksWhichFollowTheConversation() {
        rule(Json.createObjectBuilder().add("kind", "PRIORITIZATION").add("scopeKind", "GENERAL")
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("setsPriority", "HIGH"));
        rule(timeRule("FIRST_RESPONSE", 120, false));
        rule(timeRule("DEADLINE", 480, true));
        rule(timeRule("DEADLINE", 240, true).add("priority", "URGENT"));

        long protocol = open();
        JsonObject ticket = read(protocol);
        assertEquals("HIGH", ticket.getString("priority"), "set by the prioritization rule");
        Map<String, JsonObject> clocks = clocks(ticket);
        assertEquals(120, clocks.get("FIRST_RESPONSE").getInt("targetMinutes"));
        assertEquals(480, clocks.get("DEADLINE").getInt("targetMinutes"));
        assertEquals("Turno padrão de SLA", clocks.get("DEADLINE").getString("shiftName"));
        assertTrue(Instant.parse(clocks.get("DEADLINE").getString("dueAt")).isAfter(Instant.now()));

        assertEquals(200, agent.put("/tickets/" + protocol + "/priority", Json.createObjectBuilder()
                .add("priority", "URGENT").build()).status());
        assertEquals(240, clocks(read(protocol)).get("DEADLINE").getInt("targetMinutes"),
                "a new priority brings the rule that applies now");

        TestAccount.created(agent.post("/tickets/" + protocol + "/replies", body("Pode reiniciar?")));
        clocks = clocks(read(protocol));
        assertTrue(clocks.get("FIRST_RESPONSE").getBoolean("met"), "answered within two hours of shift time");
        assertFalse(clocks.get("DEADLINE").getBoolean("running"), "waiting for the customer");
        assertFalse(clocks.get("DEADLINE").containsKey("dueAt"), "a paused clock has no due time");

        TestAccount.created(customer.post("/tickets/" + protocol + "/replies", body("Reiniciei, nada.")));
        assertTrue(clocks(read(protocol)).get("DEADLINE").getBoolean("running"));

        assertEquals(200, agent.post("/tickets/" + protocol + "/finish", JsonValue.EMPTY_JSON_OBJECT).status());
        JsonObject deadline = clocks(read(protocol)).get("DEADLINE");
        assertTrue(deadline.getBoolean("met"));
        assertTrue(deadline.getJsonArray("periods").size() >= 2, "it ran, paused and ran again");

        JsonObject listed = agent.get("/tickets?limit=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("protocol").longValue() == protocol).findFirst().orElseThrow();
        assertTrue(listed.containsKey("deadlineDue") && listed.containsKey("deadlineStoppedAt"), listed::toString);
    }

    @Test
    void theCustomersOwnRuleComesBeforeTheGeneralOneAndNoLimitStopsTheFallback() {
        long customerId = account.admin.get("/customers?q=" + account.customerEmail).jsonValue().asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        rule(timeRule("DEADLINE", 480, false));
        rule(timeRule("DEADLINE", 30, false).add("scopeKind", "CUSTOMER").add("scopeId", customerId));
        rule(timeRule("FIRST_RESPONSE", 60, false));
        rule(Json.createObjectBuilder().add("kind", "FIRST_RESPONSE").add("scopeKind", "CUSTOMER")
                .add("scopeId", customerId).add("departmentId", account.supportId));

        Map<String, JsonObject> clocks = clocks(read(open()));
        assertEquals(30, clocks.get("DEADLINE").getInt("targetMinutes"));
        assertFalse(clocks.containsKey("FIRST_RESPONSE"), "the customer's rule without limit keeps the general away");

        ApiClient other = account.clientFor(account.otherCustomerEmail);
        long othersTicket = TestAccount.created(other.post("/tickets", ticket())).getJsonNumber("protocol")
                .longValue();
        Map<String, JsonObject> general = clocks(read(othersTicket));
        assertEquals(480, general.get("DEADLINE").getInt("targetMinutes"));
        assertEquals(60, general.get("FIRST_RESPONSE").getInt("targetMinutes"));
    }

    /** The reference's example: a 2 h contract, rate 100, extra rate 150; A logs 1.5 h, then B logs 1 h. */
    @Test
    void workedTimeIsBilledAtTheRatesWithTheHoursBeyondTheContractAtTheExtraRate() {
        long customerId = account.admin.get("/customers?q=" + account.customerEmail).jsonValue().asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        TestAccount.created(account.admin.post("/sla/rules", Json.createObjectBuilder().add("kind", "HOURS_CONTRACT")
                .add("scopeKind", "CUSTOMER").add("scopeId", customerId).add("departmentId", account.supportId)
                .add("minutes", 120).build()));
        TestAccount.created(account.admin.post("/sla/rules", Json.createObjectBuilder().add("kind", "HOURLY_VALUES")
                .add("scopeKind", "GENERAL").add("departmentId", account.supportId).add("rate", 100)
                .add("extraRate", 150).build()));
        long a = open();
        long b = open();
        Instant now = Instant.now();
        TestAccount.created(agent.post("/tickets/" + a + "/time-entries", Json.createObjectBuilder()
                .add("minutes", 90).add("startedAt", now.minusSeconds(600).toString())
                .add("note", "Diagnóstico").build()));
        TestAccount.created(agent.post("/tickets/" + b + "/time-entries", Json.createObjectBuilder()
                .add("minutes", 60).add("startedAt", now.minusSeconds(300).toString()).build()));
        assertEquals(90, agent.get("/tickets/" + a + "/time-entries").jsonValue().asJsonArray().getJsonObject(0)
                .getInt("minutes"));
        invalid(agent.post("/tickets/" + a + "/time-entries", Json.createObjectBuilder().add("minutes", 0).build()),
                "minutes");
        assertEquals(404, account.clientFor(account.financeAgentEmail).post("/tickets/" + a + "/time-entries",
                Json.createObjectBuilder().add("minutes", 5).build()).status());

        String month = java.time.YearMonth.now(java.time.ZoneId.of("America/Sao_Paulo")).toString();
        JsonObject report = account.admin.get("/reports/billing?month=" + month + "&customerId=" + customerId)
                .json();
        Map<Long, JsonObject> lines = report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(l -> l.getJsonNumber("protocol").longValue(), l -> l));
        assertAmount("150", lines.get(a), "normal");
        assertAmount("0", lines.get(a), "extra");
        assertAmount("50", lines.get(b), "normal");
        assertAmount("75", lines.get(b), "extra");
        assertAmount("125", lines.get(b), "gross");
        assertAmount("275", report, "gross");
        invalid(account.admin.get("/reports/billing?month=novembro&customerId=" + customerId), "month");
        assertEquals(403, account.clientFor(account.customerEmail).get("/reports/billing?month=" + month
                + "&customerId=" + customerId).status());
    }

    /**
     * A report covers the tickets the caller may read, by the ticket list's rule: an agent of Finance whose group
     * grants reports gets the Finance ticket's figures and not the Support one's of the same customer, an agent of
     * Support with the same group the opposite, the Support manager Support's, the administrator both; the picker
     * offers only customers and organizations with tickets the caller may read.
     */
    @Test
    void theBillingReportCoversOnlyTheTicketsTheCallerMayRead() {
        ApiClient admin = account.admin;
        long customerId = admin.get("/customers?q=" + account.customerEmail).jsonValue().asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        TestAccount.created(admin.post("/sla/rules", Json.createObjectBuilder().add("kind", "HOURLY_VALUES")
                .add("scopeKind", "GENERAL").add("departmentId", account.supportId).add("rate", 100).build()));
        TestAccount.created(admin.post("/sla/rules", Json.createObjectBuilder().add("kind", "HOURLY_VALUES")
                .add("scopeKind", "GENERAL").add("departmentId", account.financeId).add("rate", 40).build()));
        long group = TestAccount.created(admin.post("/permission-groups", Json.createObjectBuilder()
                .add("name", "Relatórios " + account.suffix).add("ticketVisibility", "LINKED_DEPARTMENTS")
                .add("viewCustomers", false).add("editCustomers", false).add("viewReports", true)
                .add("customerData", Json.createArrayBuilder()).build())).getJsonNumber("id").longValue();
        ApiClient supportReports = agentWith("support-reports", "AGENT", account.supportId, group);
        ApiClient financeReports = agentWith("finance-reports", "AGENT", account.financeId, group);
        ApiClient supportManager = agentWith("support-manager", "MANAGER", account.supportId, null);
        long organizationId = TestAccount.created(admin.post("/organizations", Json.createObjectBuilder()
                .add("name", "Cooperativa " + account.suffix).build())).getJsonNumber("id").longValue();
        String memberEmail = "member-" + account.suffix + "@it.test";
        TestAccount.created(admin.post("/customers", Json.createObjectBuilder().add("name", "Member " + account.suffix)
                .add("email", memberEmail).add("directory", "LOCAL").add("password", TestAccount.PASSWORD)
                .add("organizationId", organizationId).build()));

        long supportTicket = open();
        long financeTicket = openInFinance(customer);
        long membersTicket = openInFinance(account.clientFor(memberEmail));
        account.openSupportTicket(account.clientFor(account.otherCustomerEmail));
        ApiClient financeAgent = account.clientFor(account.financeAgentEmail);
        logTime(agent, supportTicket, 60);
        logTime(financeAgent, financeTicket, 30);
        logTime(financeAgent, membersTicket, 45);

        String month = java.time.YearMonth.now(java.time.ZoneId.of("America/Sao_Paulo")).toString();
        String customersReport = "/reports/billing?month=" + month + "&customerId=" + customerId;
        JsonObject all = TestAccount.ok(admin.get(customersReport));
        assertEquals(Set.of(supportTicket, financeTicket), protocols(all));
        assertAmount("120", all, "gross");

        JsonObject finance = TestAccount.ok(financeReports.get(customersReport));
        assertEquals(Set.of(financeTicket), protocols(finance), "Support's ticket is not Finance's to see");
        assertAmount("20", finance, "gross");
        assertEquals(30, finance.getJsonNumber("minutes").longValue());
        JsonObject support = TestAccount.ok(supportReports.get(customersReport));
        assertEquals(Set.of(supportTicket), protocols(support));
        assertAmount("100", support, "gross");
        JsonObject managed = TestAccount.ok(supportManager.get(customersReport));
        assertEquals(Set.of(supportTicket), protocols(managed), "a manager sees the departments they manage");
        assertAmount("100", managed, "gross");

        String organizationsReport = "/reports/billing?month=" + month + "&organizationId=" + organizationId;
        assertEquals(Set.of(membersTicket), protocols(TestAccount.ok(financeReports.get(organizationsReport))));
        JsonObject none = TestAccount.ok(supportReports.get(organizationsReport));
        assertEquals(Set.of(), protocols(none));
        assertAmount("0", none, "gross");

        assertEquals(403, agent.get(customersReport).status(), "the default group grants no reports");
        assertEquals(403, customer.get(customersReport).status());
        invalid(financeReports.get("/reports/billing?month=" + month), "customerId");
        invalid(financeReports.get("/reports/billing?month=" + month + "&customerId=x"), "customerId");

        String query = "/reports/billing/subjects?q=" + account.suffix;
        assertEquals(Set.of("CUSTOMER Customer " + account.suffix, "CUSTOMER Member " + account.suffix,
                "ORGANIZATION Cooperativa " + account.suffix), subjects(financeReports, query),
                "the other customer has no Finance ticket, so Finance's agent is not offered them");
        assertEquals(Set.of("CUSTOMER Customer " + account.suffix, "CUSTOMER Other Customer " + account.suffix),
                subjects(supportReports, query));
        assertTrue(subjects(admin, query).containsAll(Set.of("CUSTOMER Other Customer " + account.suffix,
                "CUSTOMER Member " + account.suffix, "ORGANIZATION Cooperativa " + account.suffix)));
        assertEquals(Set.of(), subjects(financeReports, "/reports/billing/subjects?q=member-" + account.suffix),
                "the name is searched, not the e-mail");
        assertEquals(403, agent.get(query).status());
    }

    private ApiClient agentWith(String name, String role, long departmentId, Long group) {
        String email = name + "-" + account.suffix + "@it.test";
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name + " " + account.suffix)
                .add("email", email).add("role", role).add("directory", "LOCAL").add("password", TestAccount.PASSWORD)
                .add("departmentIds", Json.createArrayBuilder().add(departmentId));
        if (group != null) {
            body.add("permissionGroupId", group);
        }
        TestAccount.created(account.admin.post("/agents", body.build()));
        return account.clientFor(email);
    }

    private long openInFinance(ApiClient client) {
        return TestAccount.created(client.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.financeId).add("categoryId", account.financeCategoryId)
                .add("subject", "Reembolso " + account.suffix).add("message", "Cobrança em dobro").build()))
                .getJsonNumber("protocol").longValue();
    }

    private static void logTime(ApiClient agent, long protocol, int minutes) {
        TestAccount.created(agent.post("/tickets/" + protocol + "/time-entries", Json.createObjectBuilder()
                .add("minutes", minutes).add("startedAt", Instant.now().minusSeconds(60L * minutes).toString())
                .build()));
    }

    private static Set<Long> protocols(JsonObject report) {
        return report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getJsonNumber("protocol").longValue()).collect(Collectors.toSet());
    }

    private static Set<String> subjects(ApiClient client, String path) {
        ApiClient.Response response = client.get(path);
        assertEquals(200, response.status(), response::toString);
        return response.jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("kind") + " " + s.getString("name")).collect(Collectors.toSet());
    }

    @Test
    void badRulesAndShiftsAreRefusedNamingTheFieldAndOnlyAdministratorsKeepThem() {
        invalid(account.admin.post("/sla/rules", timeRule("DEADLINE", 0, false).build()), "minutes");
        invalid(account.admin.post("/sla/rules", timeRule("DEADLINE", 60, false).add("scopeKind", "CUSTOMER")
                .build()), "scopeId");
        invalid(account.admin.post("/sla/rules", timeRule("DEADLINE", 60, false)
                .add("categoryId", account.financeCategoryId).build()), "categoryId");
        rule(timeRule("DEADLINE", 60, false));
        invalid(account.admin.post("/sla/rules", timeRule("DEADLINE", 90, false).build()), "departmentId");
        invalid(account.admin.post("/sla/shifts", Json.createObjectBuilder().add("name", "Sobreposto")
                .add("hours", Json.createObjectBuilder().add("MONDAY", Json.createArrayBuilder()
                        .add(hours("08:00", "12:00")).add(hours("11:00", "13:00")))).build()), "hours");
        invalid(account.admin.post("/sla/shifts", Json.createObjectBuilder().add("name", "Sem horas")
                .add("hours", Json.createObjectBuilder()).build()), "hours");

        JsonObject shift = TestAccount.created(account.admin.post("/sla/shifts", Json.createObjectBuilder()
                .add("name", "Plantão " + account.suffix).add("hours", Json.createObjectBuilder()
                        .add("SATURDAY", Json.createArrayBuilder().add(hours("08:00", "12:00")))
                        .add("SUNDAY", Json.createArrayBuilder().add(hours("18:00", "00:00")))).build()));
        assertEquals("00:00", shift.getJsonObject("hours").getJsonArray("SUNDAY").getJsonObject(0)
                .getString("end"));
        assertEquals(403, agent.get("/sla/rules").status());
        assertEquals(403, agent.post("/sla/holidays", Json.createObjectBuilder().add("name", "x")
                .add("date", "2026-12-25").build()).status());
    }

    /** A general time rule for the test's Support department; {@code add} on it replaces a key already there. */
    private JsonObjectBuilder timeRule(String kind, int minutes, boolean pause) {
        return Json.createObjectBuilder().add("kind", kind).add("scopeKind", "GENERAL")
                .add("departmentId", account.supportId).add("minutes", minutes).add("pauseOnReply", pause);
    }

    private void rule(JsonObjectBuilder body) {
        TestAccount.created(account.admin.post("/sla/rules", body.build()));
    }

    private static JsonObject body(String text) {
        return Json.createObjectBuilder().add("body", text).build();
    }

    private static JsonObject hours(String start, String end) {
        return Json.createObjectBuilder().add("start", start).add("end", end).build();
    }

    private JsonObject ticket() {
        return Json.createObjectBuilder().add("departmentId", account.supportId)
                .add("categoryId", account.supportCategoryId).add("subject", "Sistema fora " + account.suffix)
                .add("message", "Desde as 8h").build();
    }

    private long open() {
        return TestAccount.created(customer.post("/tickets", ticket())).getJsonNumber("protocol").longValue();
    }

    private JsonObject read(long protocol) {
        ApiClient.Response response = agent.get("/tickets/" + protocol);
        assertEquals(200, response.status(), response::toString);
        return response.json();
    }

    private static Map<String, JsonObject> clocks(JsonObject ticket) {
        return ticket.getJsonArray("sla").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("kind"), c -> c));
    }

    private static void assertAmount(String expected, JsonObject object, String key) {
        assertEquals(0, new java.math.BigDecimal(expected).compareTo(object.getJsonNumber(key).bigDecimalValue()),
                () -> key + " in " + object);
    }

    private static void invalid(ApiClient.Response response, String field) {
        assertEquals(400, response.status(), response::toString);
        assertEquals(field, response.json().getString("field"), response::toString);
    }
}
