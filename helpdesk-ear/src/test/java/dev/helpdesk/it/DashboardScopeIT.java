package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's numbers by role, through the API: each role counts exactly the tickets its scope grants (the
 * ticket list's rule), nothing of the others ever shows, the numbers agree with the ticket list for the same
 * filter, the reconciliation job leaves the summary rows and open-ticket counts as the events made them, and
 * layouts are each person's.
 */
@ExtendWith(HelpdeskServer.class)
class DashboardScopeIT {

    /** Who looks. The manager manages Support; the restricted agent is in Support and sees only their own. */
    enum Role {
        ADMIN, MANAGER, AGENT, RESTRICTED_AGENT, FINANCE_AGENT
    }

    private static TestAccount account;
    private static final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);
    private static long supportAgentId;
    private static long restrictedId;
    private static long s1;

    /**
     * Support: s1 unassigned, s2 assigned to the restricted agent, s3 answered and finished by the support agent.
     * Finance: f1, f2 unassigned, and i1, an internal request of the restricted agent (a Support member).
     */
    @BeforeAll
    static void tickets() {
        account = new TestAccount(TicketApiIT.BASE_URL);
        String managerEmail = "manager-" + account.suffix + "@it.test";
        String restrictedEmail = "restricted-" + account.suffix + "@it.test";
        JsonObject group = TestAccount.created(account.admin.post("/permission-groups", Json.createObjectBuilder()
                .add("name", "Só os meus " + account.suffix).add("ticketVisibility", "OWN_ONLY").build()));
        TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                .add("name", "Manager " + account.suffix).add("email", managerEmail).add("role", "MANAGER")
                .add("directory", "LDAP").add("departmentIds", Json.createArrayBuilder().add(account.supportId))
                .build()));
        restrictedId = TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                .add("name", "Restricted " + account.suffix).add("email", restrictedEmail).add("role", "AGENT")
                .add("directory", "LDAP").add("departmentIds", Json.createArrayBuilder().add(account.supportId))
                .add("permissionGroupId", group.getJsonNumber("id").longValue()).build()))
                .getJsonNumber("id").longValue();
        clients.put(Role.ADMIN, account.admin);
        clients.put(Role.MANAGER, account.clientFor(managerEmail));
        clients.put(Role.AGENT, account.clientFor(account.supportAgentEmail));
        clients.put(Role.RESTRICTED_AGENT, account.clientFor(restrictedEmail));
        clients.put(Role.FINANCE_AGENT, account.clientFor(account.financeAgentEmail));
        supportAgentId = TestAccount.ok(clients.get(Role.AGENT).get("/me")).getJsonNumber("id").longValue();

        ApiClient customer = account.clientFor(account.customerEmail);
        s1 = account.openSupportTicket(customer);
        long s2 = account.openSupportTicket(customer);
        TestAccount.ok(account.admin.put("/tickets/" + s2 + "/assignee",
                Json.createObjectBuilder().add("agentId", restrictedId).build()));
        long s3 = account.openSupportTicket(customer);
        ApiClient supportAgent = clients.get(Role.AGENT);
        TestAccount.ok(supportAgent.put("/tickets/" + s3 + "/assignee",
                Json.createObjectBuilder().add("agentId", supportAgentId).build()));
        TestAccount.created(supportAgent.post("/tickets/" + s3 + "/replies",
                Json.createObjectBuilder().add("body", "Feito.").build()));
        TestAccount.ok(supportAgent.post("/tickets/" + s3 + "/finish", Json.createObjectBuilder().build()));
        for (int i = 0; i < 2; i++) {
            TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                    .add("departmentId", account.financeId).add("categoryId", account.financeCategoryId)
                    .add("subject", "Reembolso " + i).add("message", "Pedido").build()));
        }
        TestAccount.created(clients.get(Role.RESTRICTED_AGENT).post("/tickets", Json.createObjectBuilder()
                .add("type", "I").add("departmentId", account.financeId).add("categoryId", account.financeCategoryId)
                .add("subject", "Adiantamento").add("message", "Para a viagem").build()));
    }

    /** Open tickets of this test's departments, by department id, as each role's widget counts them. */
    @Test
    void eachRoleCountsTheOpenTicketsItsScopeGrantsAndNothingElse() {
        Map<Role, Map<Long, Long>> expected = Map.of(
                Role.ADMIN, Map.of(account.supportId, 2L, account.financeId, 3L),
                Role.MANAGER, Map.of(account.supportId, 2L, account.financeId, 1L),
                Role.AGENT, Map.of(account.supportId, 2L),
                Role.RESTRICTED_AGENT, Map.of(account.supportId, 1L, account.financeId, 1L),
                Role.FINANCE_AGENT, Map.of(account.financeId, 3L));
        for (Role role : Role.values()) {
            JsonObject widget = widget(role, "open_by_department");
            Map<Long, Long> byDepartment = widget.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(f -> departmentOf(f.getString("list")),
                            f -> f.getJsonNumber("value").longValue()));
            if (role == Role.ADMIN) {
                byDepartment.keySet().retainAll(Set.of(account.supportId, account.financeId));
            } else {
                assertEquals(sum(expected.get(role)), widget.getJsonNumber("total").longValue(), role
                        + ": the total holds nothing outside the scope");
            }
            assertEquals(expected.get(role), byDepartment, role + " by department");
        }
    }

    @Test
    void theNumbersAgreeWithTheTicketListOfTheSameFilter() {
        for (Role role : List.of(Role.MANAGER, Role.AGENT, Role.RESTRICTED_AGENT, Role.FINANCE_AGENT)) {
            ApiClient client = clients.get(role);
            for (JsonObject figure : widget(role, "open_by_department").getJsonArray("figures")
                    .getValuesAs(JsonObject.class)) {
                long department = departmentOf(figure.getString("list"));
                assertEquals("state=OPEN&department=" + department, figure.getString("list"));
                assertEquals(figure.getJsonNumber("value").longValue(),
                        listed(client, "state=OPEN&departmentId=" + department), role + " in " + department);
            }
            JsonObject unassigned = widget(role, "unassigned");
            assertEquals("view=QUEUE&state=OPEN", unassigned.getString("list"));
            assertEquals(unassigned.getJsonNumber("total").longValue(), listed(client, "view=QUEUE&state=OPEN"),
                    role + " unassigned");
        }
        assertEquals(1, widget(Role.AGENT, "unassigned").getJsonNumber("total").longValue(), "s1");
        assertEquals(2, widget(Role.MANAGER, "unassigned").getJsonNumber("total").longValue(), "s1 and i1");
        assertEquals(1, widget(Role.RESTRICTED_AGENT, "unassigned").getJsonNumber("total").longValue(), "i1");
        assertEquals(3, widget(Role.FINANCE_AGENT, "unassigned").getJsonNumber("total").longValue());
    }

    /** Every figure of every live widget, and every total, counts what its link's list holds for that person. */
    @Test
    void everyLiveFigureOpensAListOfTheSameCount() {
        for (Role role : List.of(Role.MANAGER, Role.AGENT, Role.RESTRICTED_AGENT, Role.FINANCE_AGENT)) {
            ApiClient client = clients.get(role);
            for (String kind : List.of("open_by_situation", "open_by_department", "open_by_agent", "unassigned",
                    "sla_at_risk", "sla_breached")) {
                JsonObject widget = widget(role, kind);
                assertEquals(widget.getJsonNumber("total").longValue(), counted(client, widget.getString("list")),
                        role + " " + kind + " total");
                if (widget.containsKey("figures") && !widget.isNull("figures")) {
                    for (JsonObject figure : widget.getJsonArray("figures").getValuesAs(JsonObject.class)) {
                        assertEquals(figure.getJsonNumber("value").longValue(),
                                counted(client, figure.getString("list")), role + " " + kind + " " + figure);
                    }
                }
            }
        }
    }

    @Test
    void byAgentShowsOnlyTheAssigneesOfTicketsInScope() {
        JsonArray figures = widget(Role.AGENT, "open_by_agent").getJsonArray("figures");
        Map<String, Long> byAgent = figures.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("list"), f -> f.getJsonNumber("value").longValue()));
        assertEquals(Map.of("view=QUEUE&state=OPEN", 1L, "state=OPEN&agent=" + restrictedId, 1L), byAgent,
                "s1 unassigned, s2 the restricted agent's; s3 is finished");
        assertTrue(widget(Role.FINANCE_AGENT, "open_by_agent").getJsonArray("figures").getValuesAs(JsonObject.class)
                .stream().allMatch(f -> f.getString("list").equals("view=QUEUE&state=OPEN")),
                "Finance has no assigned ticket: no Support agent's name shows");
    }

    @Test
    void periodFiguresCountOpenedFinishedAndMediansWithinScopeAndEveryNumberSurvivesTheReconciliation()
            throws InterruptedException {
        Map<Role, long[]> expected = Map.of(Role.AGENT, new long[] {3, 1}, Role.MANAGER, new long[] {4, 1},
                Role.RESTRICTED_AGENT, new long[] {2, 0}, Role.FINANCE_AGENT, new long[] {3, 0});
        expected.forEach((role, counts) -> assertPeriod(role, counts));
        JsonObject medians = widget(Role.AGENT, "response_times");
        assertEquals(List.of(1L, 1L), medians.getJsonArray("medians").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("tickets").longValue()).toList(), "s3 answered and finished");

        Jobs.runToTheEnd(account.admin, "dashboard-figures");
        expected.forEach((role, counts) -> assertPeriod(role, counts));
        eachRoleCountsTheOpenTicketsItsScopeGrantsAndNothingElse();
        theNumbersAgreeWithTheTicketListOfTheSameFilter();
        byAgentShowsOnlyTheAssigneesOfTicketsInScope();
    }

    /** The customer's 2-hour contract with 90 minutes worked: 75 % for those who see reports. */
    @Test
    void hoursContractUseIsForThoseWhoSeeReports() {
        long customerId = account.admin.get("/customers?q=" + account.customerEmail).jsonValue().asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        TestAccount.created(account.admin.post("/sla/rules", Json.createObjectBuilder().add("kind", "HOURS_CONTRACT")
                .add("scopeKind", "CUSTOMER").add("scopeId", customerId).add("departmentId", account.supportId)
                .add("minutes", 120).build()));
        TestAccount.created(clients.get(Role.AGENT).post("/tickets/" + s1 + "/time-entries",
                Json.createObjectBuilder().add("minutes", 90).build()));
        for (Role role : List.of(Role.ADMIN, Role.MANAGER)) {
            JsonObject contract = widget(role, "hours_contracts").getJsonArray("contracts")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals("Customer " + account.suffix)).findFirst().orElseThrow();
            assertEquals(90, contract.getJsonNumber("usedMinutes").longValue(), role.name());
            assertEquals(120, contract.getJsonNumber("contractMinutes").longValue());
            assertEquals(75, contract.getJsonNumber("percent").longValue());
        }
        assertEquals(403, clients.get(Role.FINANCE_AGENT).get("/dashboard/widgets/hours_contracts").status());
    }

    @Test
    void layoutsAreEachPersonsAndCustomersHaveNone() {
        ApiClient agent = clients.get(Role.AGENT);
        JsonObject saved = TestAccount.ok(agent.put("/dashboard", Json.createObjectBuilder()
                .add("widgets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "SLA_BREACHED").add("size", "WIDE"))
                        .add(Json.createObjectBuilder().add("kind", "UNASSIGNED").add("size", "SMALL")))
                .add("periodDays", 7).build()));
        assertTrue(saved.getBoolean("personal"));
        assertEquals("SLA_BREACHED", TestAccount.ok(agent.get("/dashboard")).getJsonArray("widgets")
                .getJsonObject(0).getString("kind"));
        assertTrue(TestAccount.ok(clients.get(Role.FINANCE_AGENT).get("/dashboard")).getJsonArray("widgets")
                .size() > 2, "another agent keeps the default");
        TestAccount.assertInvalid(agent.put("/dashboard", Json.createObjectBuilder()
                .add("widgets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "HOURS_CONTRACTS").add("size", "SMALL")))
                .add("periodDays", 7).build()), "widgets");
        assertEquals(403, agent.get("/dashboard/widgets/hours_contracts").status(),
                "the default group grants no reports");
        assertEquals(200, account.admin.get("/dashboard/widgets/hours_contracts").status());
        JsonObject reset = TestAccount.ok(agent.delete("/dashboard"));
        assertEquals(false, reset.getBoolean("personal"));
        ApiClient customer = account.clientFor(account.customerEmail);
        assertEquals(403, customer.get("/dashboard").status());
        assertEquals(403, customer.get("/dashboard/widgets/unassigned").status());
    }

    private static void assertPeriod(Role role, long[] openedAndFinished) {
        JsonObject days = widget(role, "created_vs_finished");
        long opened = days.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .mapToLong(d -> d.getJsonNumber("created").longValue()).sum();
        long finished = days.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .mapToLong(d -> d.getJsonNumber("finished").longValue()).sum();
        assertEquals(openedAndFinished[0], opened, role + " opened");
        assertEquals(openedAndFinished[1], finished, role + " finished");
        assertEquals(opened, days.getJsonNumber("total").longValue());
        for (JsonObject day : days.getJsonArray("days").getValuesAs(JsonObject.class)) {
            if (day.getJsonNumber("finished").longValue() > 0) {
                assertEquals(day.getJsonNumber("finished").longValue(),
                        listed(clients.get(role), day.getString("finishedList")),
                        role + ": a day's finished bar opens the list of those tickets");
            }
        }
    }

    private static JsonObject widget(Role role, String kind) {
        return TestAccount.ok(clients.get(role).get("/dashboard/widgets/" + kind + "?periodDays=7"));
    }

    /** How many tickets the list shows for the filter (fewer than a page here). */
    private static long listed(ApiClient client, String filter) {
        return TestAccount.ok(client.get("/tickets?limit=100&" + filter)).getJsonArray("items").size();
    }

    /** How many tickets the list of a widget's link holds, its panel parameters read under the API's names. */
    private static long counted(ApiClient client, String list) {
        String query = list.replaceAll("(^|&)department=", "$1departmentId=").replaceAll("(^|&)agent=", "$1agentId=")
                .replaceAll("(^|&)from=", "$1createdFrom=").replaceAll("(^|&)to=", "$1createdTo=");
        return TestAccount.ok(client.get("/tickets/count?" + query)).getJsonNumber("count").longValue();
    }

    private static long departmentOf(String list) {
        return Long.parseLong(list.replaceAll(".*department=(\\d+).*", "$1"));
    }

    private static long sum(Map<Long, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
