package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The ticket list of the workspace: filters that combine, every order paged by keyset without a ticket twice or
 * missing, the count of the same filter, bulk changes with a result per ticket, and the agent panel's list with its
 * counters, filters in the address, saved views and bulk bar, and the ticket page stepping through the list it was
 * opened from. Scope holds throughout: what an agent may not see is neither listed, counted nor changed.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class TicketListIT {

    /** The five tickets of the set-up, and only those: the words of their subjects in the test's department. */
    private static String OURS;
    private static TestAccount account;
    private static ApiClient customer;
    private static ApiClient agent;
    /** Opened before the SLA rules: no clocks. */
    private static List<Long> withoutClocks;
    /** Opened under the rules: a first response due within the hour, a deadline eight hours on. */
    private static List<Long> withClocks;
    /** One of {@link #withClocks}, answered: its clocks wait for the customer. */
    private static long answered;
    private static long financeTicket;

    @BeforeAll
    static void tickets() {
        account = new TestAccount(TicketApiIT.BASE_URL);
        customer = account.clientFor(account.customerEmail);
        agent = account.clientFor(account.supportAgentEmail);
        OURS = "q=rel%C3%B3gio&departmentId=" + account.supportId;
        withoutClocks = List.of(open("Sem relógio A"), open("Sem relógio B"));
        var week = Json.createObjectBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            week.add(day, Json.createArrayBuilder().add(hours("00:00", "12:00")).add(hours("12:00", "00:00")));
        }
        long shift = TestAccount.created(account.admin.post("/sla/shifts", Json.createObjectBuilder()
                .add("name", "Sempre " + account.suffix).add("hours", week).build())).getJsonNumber("id").longValue();
        rule("FIRST_RESPONSE", 30, shift);
        rule("DEADLINE", 480, shift);
        withClocks = List.of(open("Com relógio A"), open("Com relógio B"), open("Com relógio C"));
        answered = withClocks.get(1);
        TestAccount.created(agent.post("/tickets/" + answered + "/replies",
                Json.createObjectBuilder().add("body", "Pode testar de novo?").build()));
        priority(withoutClocks.get(0), "URGENT");
        priority(withClocks.get(2), "HIGH");
        financeTicket = TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.financeId).add("categoryId", account.financeCategoryId)
                .add("subject", "Reembolso " + account.suffix).add("message", "Cobrança em dobro").build()))
                .getJsonNumber("protocol").longValue();
    }

    @Test
    void everyOrderPagesThroughTheSameTicketsOnceEach() {
        List<Long> all = new ArrayList<>(withoutClocks);
        all.addAll(withClocks);
        for (String sort : List.of("protocol", "created", "updated", "priority", "deadline")) {
            for (String order : List.of("asc", "desc")) {
                List<JsonObject> rows = pages(OURS + "&sort=" + sort + "&order=" + order, 2);
                List<Long> protocols = rows.stream().map(r -> r.getJsonNumber("protocol").longValue()).toList();
                assertEquals(new HashSet<>(all), new HashSet<>(protocols), sort + " " + order + ": " + protocols);
                assertEquals(all.size(), protocols.size(), sort + " " + order + " lists a ticket twice: " + protocols);
                assertOrdered(rows, sort, order.equals("asc"));
            }
        }
        List<Long> byDeadline = pages(OURS + "&sort=deadline", 2).stream()
                .map(r -> r.getJsonNumber("protocol").longValue()).toList();
        assertEquals(List.of(withClocks.get(0), withClocks.get(2)), byDeadline.subList(0, 2),
                "running deadlines first, soonest first: " + byDeadline);
        assertEquals(List.of(withoutClocks.get(0), withoutClocks.get(1), answered), byDeadline.subList(2, 5),
                "then the tickets without a running deadline, by protocol: " + byDeadline);
        assertEquals(5, count(OURS));
    }

    @Test
    void filtersCombineAndTheCountAgreesWithTheList() {
        Map<String, List<Long>> expected = Map.of(
                "priority=URGENT", List.of(withoutClocks.get(0)),
                "sla=AT_RISK", List.of(withClocks.get(2), withClocks.get(0)),
                "priority=HIGH&sla=AT_RISK", List.of(withClocks.get(2)),
                "situation=2", List.of(answered),
                "situation=2&priority=URGENT", List.of(),
                "state=CLOSED", List.of(),
                "state=OPEN&priority=URGENT", List.of(withoutClocks.get(0)),
                "createdFrom=2000-01-01&createdTo=2000-01-31", List.of());
        expected.forEach((filter, protocols) -> {
            List<Long> listed = pages(OURS + "&" + filter, 50).stream()
                    .map(r -> r.getJsonNumber("protocol").longValue()).toList();
            assertEquals(protocols, listed, filter);
            assertEquals(listed.size(), count(OURS + "&" + filter), "count of " + filter);
        });
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        assertEquals(count("q=" + account.suffix), count("q=" + account.suffix + "&createdFrom=" + today
                + "&createdTo=" + today.plusDays(1)), "every ticket of the test was opened today");
        assertTrue(count("q=" + account.suffix) >= 5);
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        TestAccount.assertInvalid(agent.get("/tickets?situation=42"), "situation");
        TestAccount.assertInvalid(agent.get("/tickets?departmentId=abc"), "departmentId");
        TestAccount.assertInvalid(agent.get("/tickets?createdFrom=07/12/2026"), "createdFrom");
        TestAccount.assertInvalid(agent.get("/tickets?createdFrom=2026-12-07&createdTo=2026-12-01"), "createdTo");
        TestAccount.assertInvalid(agent.get("/tickets?closedFrom=2026-12-07&closedTo=2026-12-01"), "closedTo");
        TestAccount.assertInvalid(agent.get("/tickets/count?closedTo=ontem"), "closedTo");
        TestAccount.assertInvalid(agent.get("/tickets?sort=subject"), "sort");
        TestAccount.assertInvalid(agent.get("/tickets?order=up"), "order");
        TestAccount.assertInvalid(agent.get("/tickets?sla=LATE"), "sla");
        TestAccount.assertInvalid(agent.get("/tickets/count?scheduled=TOMORROW"), "scheduled");
        TestAccount.assertInvalid(agent.get("/tickets?cursor=not-a-cursor"), "cursor");
        String priorityCursor = TestAccount.ok(agent.get("/tickets?limit=1&sort=priority")).getString("next");
        TestAccount.assertInvalid(agent.get("/tickets?sort=created&cursor=" + priorityCursor), "cursor");
        TestAccount.assertInvalid(agent.get("/tickets?sort=created&before=100"), "before");
    }

    @Test
    void agentsNeitherListNorCountNorChangeTicketsOutsideTheirScope() {
        ApiClient finance = account.clientFor(account.financeAgentEmail);
        JsonObject financeList = TestAccount.ok(finance.get("/tickets?q=" + account.suffix));
        assertEquals(List.of(financeTicket), financeList.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("protocol").longValue()).toList());
        assertEquals(1, TestAccount.ok(finance.get("/tickets/count?q=" + account.suffix)).getInt("count"));
        assertEquals(0, TestAccount.ok(finance.get("/tickets/count?departmentId=" + account.supportId
                + "&q=" + account.suffix)).getInt("count"));

        List<JsonObject> results = bulk(finance, "PRIORITY", b -> b.add("priority", "NORMAL"), financeTicket,
                withClocks.get(0));
        assertTrue(results.get(0).getBoolean("done"), results::toString);
        assertFalse(results.get(1).getBoolean("done"), "a ticket of another department is not changed");
        assertEquals("protocol", results.get(1).getString("field"));
        assertEquals("LOW", TestAccount.ok(agent.get("/tickets/" + withClocks.get(0))).getString("priority"));
        assertEquals(403, customer.post("/tickets/bulk", Json.createObjectBuilder()
                .add("protocols", Json.createArrayBuilder().add(withClocks.get(0))).add("action", "FINISH").build())
                .status());
        assertEquals(1, TestAccount.ok(customer.get("/tickets/count?q=Reembolso+" + account.suffix)).getInt("count"));
        assertEquals(0, TestAccount.ok(account.clientFor(account.otherCustomerEmail)
                .get("/tickets/count?q=" + account.suffix)).getInt("count"), "customers count their own tickets");
    }

    @Test
    void bulkChangesSayWhatHappenedToEachTicketAndWriteEachOnesHistory() {
        long first = open("Lote A");
        long second = open("Lote B");
        long me = agentId(account.supportAgentEmail);
        List<JsonObject> assigned = bulk(agent, "ASSIGN", b -> b.add("agentId", me), first, second);
        assertTrue(assigned.stream().allMatch(r -> r.getBoolean("done")), assigned::toString);
        for (long protocol : List.of(first, second)) {
            JsonObject ticket = TestAccount.ok(agent.get("/tickets/" + protocol));
            assertEquals(me, ticket.getJsonNumber("assignedAgentId").longValue());
            assertEquals(1, ticket.getJsonArray("history").stream()
                    .filter(h -> h.asJsonObject().getString("kind").equals("ASSIGNED")).count(),
                    "one history line each");
        }
        TestAccount.assertInvalid(agent.post("/tickets/bulk", Json.createObjectBuilder()
                .add("protocols", Json.createArrayBuilder().add(first)).add("action", "TRANSFER")
                .add("departmentId", account.financeId).build()), "categoryId");
        TestAccount.assertInvalid(agent.post("/tickets/bulk", Json.createObjectBuilder()
                .add("protocols", Json.createArrayBuilder()).add("action", "FINISH").build()), "protocols");
        TestAccount.assertInvalid(agent.post("/tickets/bulk", Json.createObjectBuilder()
                .add("protocols", Json.createArrayBuilder().add(first)).add("action", "CLOSE").build()), "action");

        List<JsonObject> finished = bulk(agent, "FINISH", b -> b, first, 999_999_999L);
        assertTrue(finished.get(0).getBoolean("done"), finished::toString);
        assertFalse(finished.get(1).getBoolean("done"));
        assertEquals("protocol", finished.get(1).getString("field"));
        assertEquals("FINISHED", TestAccount.ok(agent.get("/tickets/" + first)).getString("situation"));
        assertEquals("NOT_STARTED", TestAccount.ok(agent.get("/tickets/" + second)).getString("situation"),
                "only the chosen tickets change");
    }

    @Tag("browser")
    @Test
    void agentsWorkTheListFromTheSideNavigationInPortugueseAndEnglish() {
        String mark = "tela" + account.suffix;
        long urgent = open("Tela urgente " + mark);
        open("Tela comum " + mark);
        open("S".repeat(200) + " " + mark);
        priority(urgent, "URGENT");
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.id("counter-QUEUE"), "Fila"), browser.pageText());
            browser.assertFitsSmallScreen();
            browser.screenshot("ticket-list-pt");

            browser.click(By.id("counter-QUEUE"));
            assertTrue(browser.currentUrl().contains("view=QUEUE"), browser.currentUrl());
            browser.type(By.id("listForm:text"), mark);
            browser.click(By.id("listForm:search"));
            assertTrue(browser.waitForText(By.id("listForm:count"), "chamados"), browser.pageText());
            assertTrue(browser.currentUrl().contains("q=" + mark), "the filter is in the address: "
                    + browser.currentUrl());

            assertTrue(browser.isPresent(By.id("listForm:priority")), "a list opened with filters shows them");
            browser.click(By.id("listForm:toggleFilters"));
            browser.waitForAjax();
            assertFalse(browser.isPresent(By.id("listForm:priority")), "the button closes the filters");
            browser.click(By.id("listForm:toggleFilters"));
            assertTrue(browser.waitForText(By.id("listForm:filterPanel"), "Prioridade"), browser.pageText());
            browser.screenshot("ticket-list-filters-pt");
            browser.choose("listForm:priority", "Urgente");
            browser.click(By.id("listForm:applyFilters"));
            assertTrue(browser.waitForText(By.id("listForm:count"), "1 chamado"),
                    browser.text(By.id("listForm:count")));
            assertTrue(browser.waitForText(By.id("listForm:tickets"), "Tela urgente"));
            String filtered = browser.currentUrl();
            assertTrue(filtered.contains("priority=URGENT") && filtered.contains("view=QUEUE"), filtered);

            browser.open(filtered.substring(filtered.indexOf("/agent/")));
            assertTrue(browser.waitForText(By.id("listForm:count"), "1 chamado"), "a reload keeps the list");

            browser.click(By.id("listForm:savedViews_button"));
            browser.click(By.cssSelector("[id='listForm:savedViews_menu'] a"));
            browser.type(By.id("savedViewForm:name"), "Urgentes " + account.suffix);
            browser.click(By.id("savedViewForm:saveView"));
            assertTrue(browser.waitForText(By.id("messages"), "salva"), browser.pageText());

            browser.open("/agent/tickets.xhtml?q=" + mark + "&sort=priority&order=desc");
            assertTrue(browser.waitForText(By.id("listForm:tickets"), "Tela urgente"));
            browser.click(By.cssSelector("[id='listForm:tickets_data'] tr:nth-child(1) .ui-chkbox-box"));
            browser.click(By.cssSelector("[id='listForm:tickets_data'] tr:nth-child(2) .ui-chkbox-box"));
            browser.choose("listForm:bulkKind", "Mudar a prioridade");
            browser.choose("listForm:bulkPriority", "Normal");
            browser.click(By.id("listForm:bulkApply"));
            browser.click(By.id("listForm:confirmYes"));
            assertTrue(browser.waitForText(By.id("listForm:bulkResults"), "Feito"), browser.pageText());
            assertEquals("NORMAL", TestAccount.ok(agent.get("/tickets/" + urgent)).getString("priority"));
            browser.screenshot("ticket-list-bulk-pt");

            browser.open("/agent/tickets.xhtml");
            browser.submit(By.id("sessionForm:langEn"));
            browser.open("/agent/tickets.xhtml?view=ALL&q=" + URLEncoder.encode(mark, StandardCharsets.UTF_8));
            assertTrue(browser.waitForText(By.id("listForm:count"), "tickets"), browser.pageText());
            assertTrue(browser.waitForText(By.id("counter-MINE"), "My tickets"));
            browser.assertFitsSmallScreen();
            browser.screenshot("ticket-list-en");
            browser.open("/agent/tickets.xhtml?situation=abc");
            assertTrue(browser.waitForText(By.id("messages"), "invalid filter"), browser.pageText());
        }
    }

    /**
     * A ticket opened from a filtered and sorted list steps (arrows, j and k) through that list, not through every
     * open ticket, and goes back to the same list.
     */
    @Tag("browser")
    @Test
    void theTicketPageStepsThroughTheListItWasOpenedFrom() {
        String mark = "passo" + account.suffix;
        long first = open("Passo A " + mark);
        long outside = open("Fora da lista");
        long second = open("Passo B " + mark);
        long third = open("Passo C " + mark);
        priority(second, "URGENT");
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/tickets.xhtml?q=" + mark + "&sort=priority&order=desc", account.supportAgentEmail,
                    TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.id("listForm:count"), "3 chamados"), browser.pageText());
            browser.submit(By.linkText("#" + second));
            assertTrue(browser.waitForText(By.id("nextTicket"), "#" + third), browser.text(By.id("ticketShortcuts")));
            assertFalse(browser.isPresent(By.id("previousTicket")), "the most urgent comes first in that list");
            browser.submit(() -> browser.press("j"));
            assertTrue(browser.currentUrl().contains("protocol=" + third), browser.currentUrl());
            assertTrue(browser.waitForText(By.id("nextTicket"), "#" + first),
                    "#" + outside + " is open but not in the list: " + browser.text(By.id("ticketShortcuts")));
            assertTrue(browser.text(By.id("previousTicket")).contains("#" + second));
            browser.submit(() -> browser.press("j"));
            assertTrue(browser.currentUrl().contains("protocol=" + first), browser.currentUrl());
            assertFalse(browser.isPresent(By.id("nextTicket")), "the end of the list");
            browser.submit(() -> browser.press("k"));
            assertTrue(browser.currentUrl().contains("protocol=" + third), browser.currentUrl());
            browser.submit(() -> browser.press("u"));
            assertTrue(browser.currentUrl().contains("q=" + mark) && browser.currentUrl().contains("sort=priority"),
                    "back to the same list: " + browser.currentUrl());
            assertTrue(browser.waitForText(By.id("listForm:count"), "3 chamados"), browser.pageText());

            browser.open("/agent/ticket.xhtml?protocol=" + third + "&list=situation%3Dabc");
            assertTrue(browser.waitForText(By.tagName("h1"), "Passo C " + mark), browser.pageText());
            assertTrue(browser.waitForText(By.id("nextTicket"), "#" + second),
                    "a list address that cannot be read steps through the open tickets, newest first, instead");
            assertTrue(String.valueOf(browser.script("return document.getElementById('backToList').href"))
                    .endsWith("/agent/tickets.xhtml"), "and goes back to the plain list");
        }
    }

    private static List<JsonObject> bulk(ApiClient client, String action,
                                         UnaryOperator<JsonObjectBuilder> values, long... protocols) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (long protocol : protocols) {
            list.add(protocol);
        }
        ApiClient.Response response = client.post("/tickets/bulk",
                values.apply(Json.createObjectBuilder().add("protocols", list).add("action", action)).build());
        assertEquals(200, response.status(), response::toString);
        return Json.createReader(new java.io.StringReader(response.body())).readArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    /** Every page of the agent's list for {@code query}, following {@code next}. */
    private static List<JsonObject> pages(String query, int limit) {
        List<JsonObject> rows = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = TestAccount.ok(agent.get("/tickets?limit=" + limit + "&" + query
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            page.getJsonArray("items").forEach(v -> rows.add(v.asJsonObject()));
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
            assertTrue(rows.size() < 100, "the pages end");
        } while (cursor != null);
        return rows;
    }

    private static long count(String query) {
        return TestAccount.ok(agent.get("/tickets/count?" + query)).getJsonNumber("count").longValue();
    }

    private static void assertOrdered(List<JsonObject> rows, String sort, boolean ascending) {
        if (sort.equals("deadline")) {
            return;
        }
        Comparator<JsonObject> byKey = switch (sort) {
            case "created" -> Comparator.comparing(r -> Instant.parse(r.getString("createdAt")));
            case "updated" -> Comparator.comparing(r -> Instant.parse(r.getString("updatedAt")));
            case "priority" -> Comparator.comparing(r -> List.of("LOW", "NORMAL", "HIGH", "URGENT")
                    .indexOf(r.getString("priority")));
            default -> Comparator.comparing(r -> 0);
        };
        Comparator<JsonObject> order = byKey.thenComparing(r -> r.getJsonNumber("protocol").longValue());
        List<JsonObject> sorted = rows.stream().sorted(ascending ? order : order.reversed()).toList();
        assertEquals(sorted.stream().map(r -> r.getJsonNumber("protocol").longValue()).toList(),
                rows.stream().map(r -> r.getJsonNumber("protocol").longValue()).toList(), sort + " in order");
    }

    private static long agentId(String email) {
        ApiClient.Response agents = account.admin.get("/agents");
        assertEquals(200, agents.status(), agents::toString);
        return Json.createReader(new java.io.StringReader(agents.body())).readArray().stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("email").equals(email))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long open(String subject) {
        return TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("subject", subject + " " + account.suffix).add("message", "Ajuda, por favor.").build()))
                .getJsonNumber("protocol").longValue();
    }

    private static void priority(long protocol, String priority) {
        TestAccount.ok(agent.put("/tickets/" + protocol + "/priority",
                Json.createObjectBuilder().add("priority", priority).build()));
    }

    private static void rule(String kind, int minutes, long shift) {
        TestAccount.created(account.admin.post("/sla/rules", Json.createObjectBuilder().add("kind", kind)
                .add("scopeKind", "GENERAL").add("departmentId", account.supportId).add("minutes", minutes)
                .add("pauseOnReply", true).add("shiftId", shift).build()));
    }

    private static JsonObject hours(String start, String end) {
        return Json.createObjectBuilder().add("start", start).add("end", end).build();
    }
}
