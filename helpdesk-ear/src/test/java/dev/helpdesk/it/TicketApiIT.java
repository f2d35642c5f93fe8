package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.assertInvalid;
import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tickets of the REST API, black-box against the deployed EAR: allowed paths and forbidden ones. What
 * departments keep for their tickets (canned responses, statuses) is in {@link DepartmentResponsesIT}.
 */
@ExtendWith(HelpdeskServer.class)
class TicketApiIT {

    static final String BASE_URL = "http://127.0.0.1:8080/helpdesk";

    private TestAccount account;
    private ApiClient customer;
    private ApiClient supportAgent;
    private ApiClient financeAgent;

    @BeforeEach
    void setUp() {
        account = new TestAccount(BASE_URL);
        customer = account.clientFor(account.customerEmail);
        supportAgent = account.clientFor(account.supportAgentEmail);
        financeAgent = account.clientFor(account.financeAgentEmail);
    }

    @Test
    void customerOpensTicketAndAgentOfTheDepartmentAnswersIt() {
        JsonObject ref = TestAccount.created(customer.post("/tickets", ticket(account.supportId,
                account.supportCategoryId, "Printer on fire")
                .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fileName", "relatório.txt").add("contentType", "text/plain")
                        .add("contentBase64", Base64.getEncoder().encodeToString(
                                "smoke everywhere".getBytes(StandardCharsets.UTF_8)))))
                .build()));
        long protocol = ref.getJsonNumber("protocol").longValue();
        assertEquals(32, ref.getString("publicId").length());

        JsonObject seenByAgent = ok(supportAgent.get("/tickets/" + protocol));
        assertEquals("Printer on fire", seenByAgent.getString("subject"));
        assertEquals("NOT_STARTED", seenByAgent.getString("situation"));
        assertEquals("relatório.txt", seenByAgent.getJsonArray("attachments").getJsonObject(0).getString("fileName"));

        TestAccount.created(supportAgent.post("/tickets/" + protocol + "/replies",
                Json.createObjectBuilder().add("body", "We sent a technician.").build()));

        JsonObject seenByCustomer = ok(customer.get("/tickets/" + protocol));
        assertEquals("ANSWERED_WAITING_FOR_CUSTOMER", seenByCustomer.getString("situation"));
        JsonObject reply = seenByCustomer.getJsonArray("replies").getJsonObject(0);
        assertEquals("We sent a technician.", reply.getString("body"));
        assertEquals("AGENT", reply.getString("authorKind"));

        long attachmentId = seenByCustomer.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id")
                .longValue();
        ApiClient.Response download = customer.get("/tickets/" + protocol + "/attachments/" + attachmentId);
        assertEquals(200, download.status());
        assertEquals("smoke everywhere", download.body());

        assertEquals(404, financeAgent.get("/tickets/" + protocol + "/attachments/" + attachmentId).status());
        assertEquals(404, account.clientFor(account.otherCustomerEmail)
                .get("/tickets/" + protocol + "/attachments/" + attachmentId).status());
    }

    @Test
    void anotherDepartmentsAgentNeitherReadsNorLearnsThatTheTicketExists() {
        long protocol = openSupportTicket();

        ApiClient.Response read = financeAgent.get("/tickets/" + protocol);
        ApiClient.Response missing = financeAgent.get("/tickets/" + (protocol + 1_000_000));
        assertEquals(404, read.status());
        assertEquals(missing.status(), read.status());
        assertEquals(missing.json().getString("error"), read.json().getString("error"));

        ApiClient.Response reply = financeAgent.post("/tickets/" + protocol + "/replies",
                Json.createObjectBuilder().add("body", "Not my department").build());
        assertEquals(404, reply.status());

        assertFalse(listedProtocols(financeAgent).contains(protocol));
        assertTrue(listedProtocols(supportAgent).contains(protocol));
    }

    @Test
    void anotherCustomerCannotSeeTheTicket() {
        long protocol = openSupportTicket();
        ApiClient other = account.clientFor(account.otherCustomerEmail);
        assertEquals(404, other.get("/tickets/" + protocol).status());
        assertFalse(listedProtocols(other).contains(protocol));
    }

    @Test
    void missingOrWrongTokenIsRefusedWith401() {
        long protocol = openSupportTicket();
        ApiClient.Response noToken = account.admin.as(null).get("/tickets/" + protocol);
        assertEquals(401, noToken.status());
        assertEquals("missing_token", noToken.json().getString("error"));

        ApiClient.Response wrongToken = account.admin.as("hd_not-a-real-token").get("/tickets/" + protocol);
        assertEquals(401, wrongToken.status());
        assertEquals("invalid_token", wrongToken.json().getString("error"));

        ApiClient.Response post = account.admin.as("hd_not-a-real-token").post("/tickets",
                ticket(account.supportId, account.supportCategoryId, "Sneaky").build());
        assertEquals(401, post.status());
    }

    @Test
    void badInputGets400NamingTheField() {
        assertInvalid(customer.post("/tickets", ticket(account.supportId, account.supportCategoryId, "  ")
                .build()), "subject");
        assertInvalid(customer.post("/tickets", Json.createObjectBuilder().add("categoryId",
                account.supportCategoryId).add("subject", "s").add("message", "m").build()), "departmentId");
        assertInvalid(customer.post("/tickets", ticket(account.supportId, account.financeCategoryId, "Wrong")
                .build()), "categoryId");
        assertInvalid(customer.postRaw("/tickets", "{not json"), "body");
        assertInvalid(customer.postRaw("/tickets", ""), "body");
        assertInvalid(customer.post("/tickets", ticket(account.supportId, account.supportCategoryId, "Bad file")
                .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fileName", "x.bin").add("contentBase64", "***not base64***")))
                .build()), "attachments");
        assertInvalid(supportAgent.post("/tickets/" + openSupportTicket() + "/replies",
                Json.createObjectBuilder().add("body", "").build()), "body");
    }

    @Test
    void nothingIsHalfWrittenWhenARequestFails() {
        int before = listedProtocols(customer).size();
        assertInvalid(customer.post("/tickets", ticket(account.supportId, account.supportCategoryId, "Two files")
                .add("attachments", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("fileName", "ok.txt").add("contentBase64", "b2s="))
                        .add(Json.createObjectBuilder().add("fileName", "empty.txt").add("contentBase64", "")))
                .build()), "attachments");
        assertEquals(before, listedProtocols(customer).size());
    }

    @Test
    void agentOpensOnBehalfOfACustomerOnlyInTheirOwnDepartment() {
        JsonObject ref = TestAccount.created(supportAgent.post("/tickets", ticket(account.supportId,
                account.supportCategoryId, "Phoned in").add("customerEmail", account.customerEmail).build()));
        assertTrue(listedProtocols(customer).contains(ref.getJsonNumber("protocol").longValue()));

        assertInvalid(supportAgent.post("/tickets", ticket(account.financeId, account.financeCategoryId,
                "Not mine").add("customerEmail", account.customerEmail).build()), "departmentId");
    }

    @Test
    void onlyAdministratorsRegisterDepartmentsAgentsCustomersAndTokens() {
        JsonObject department = Json.createObjectBuilder().add("name", "Forbidden " + account.suffix).build();
        assertEquals(403, supportAgent.post("/departments", department).status());
        assertEquals(403, customer.post("/departments", department).status());
        assertEquals(403, customer.post("/customers", Json.createObjectBuilder().add("name", "X")
                .add("email", "x-" + account.suffix + "@it.test").add("password", "password123").build()).status());
        assertEquals(403, supportAgent.post("/tokens", Json.createObjectBuilder()
                .add("owner", account.customerEmail).add("name", "steal").build()).status());
        assertEquals(201, account.admin.post("/departments", department).status());
    }

    @Test
    void listsArePaginatedByKeysetNewestFirst() {
        long first = openSupportTicket();
        long second = openSupportTicket();
        long third = openSupportTicket();
        JsonObject page1 = ok(customer.get("/tickets?limit=2"));
        assertEquals(third, page1.getJsonArray("items").getJsonObject(0).getJsonNumber("protocol").longValue());
        assertEquals(second, page1.getJsonArray("items").getJsonObject(1).getJsonNumber("protocol").longValue());
        long cursor = page1.getJsonNumber("nextCursor").longValue();
        JsonObject page2 = ok(customer.get("/tickets?limit=2&before=" + cursor));
        assertEquals(first, page2.getJsonArray("items").getJsonObject(0).getJsonNumber("protocol").longValue());
        assertEquals(JsonValue.ValueType.NULL, page2.get("nextCursor") == null
                ? JsonValue.ValueType.NULL : page2.get("nextCursor").getValueType());
    }

    @Test
    void fullLifecycleKeepsACompleteOrderedHistory() {
        long protocol = openSupportTicket();
        String path = "/tickets/" + protocol;
        TestAccount.created(supportAgent.post(path + "/replies", body("Which printer?")));
        TestAccount.created(customer.post(path + "/replies", body("The one on the 3rd floor")));
        TestAccount.created(supportAgent.post(path + "/notes", body("Toner is empty, ordered one")));
        long me = agentId(supportAgent, account.supportId, "Support Agent " + account.suffix);
        ok(supportAgent.put(path + "/assignee", Json.createObjectBuilder().add("agentId", me).build()));
        ok(supportAgent.put(path + "/priority", Json.createObjectBuilder().add("priority", "HIGH").build()));
        assertEquals("FINISHED", ok(supportAgent.post(path + "/finish", JsonValue.EMPTY_JSON_OBJECT))
                .getString("situation"));
        JsonObject reopened = ok(supportAgent.post(path + "/reopen", JsonValue.EMPTY_JSON_OBJECT));

        assertEquals("WAITING_FOR_AGENT", reopened.getString("situation"));
        assertEquals("HIGH", reopened.getString("priority"));
        assertEquals("Support Agent " + account.suffix, reopened.getString("assignedAgentName"));
        assertEquals(java.util.List.of("OPENED", "ANSWERED", "CUSTOMER_REPLIED", "NOTE_ADDED", "ASSIGNED",
                        "PRIORITY_CHANGED", "FINISHED", "REOPENED"),
                reopened.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("kind")).toList());
        JsonObject finished = reopened.getJsonArray("history").getJsonObject(6);
        assertEquals("CUSTOMER_REPLIED", finished.getString("before"));
        assertEquals("FINISHED", finished.getString("after"));
        assertEquals("Support Agent " + account.suffix, finished.getString("actorName"));

        JsonObject seenByCustomer = ok(customer.get(path));
        assertEquals(0, seenByCustomer.getJsonArray("history").size());
        assertEquals(2, seenByCustomer.getJsonArray("replies").size(), "the internal note stays internal");
    }

    @Test
    void onlyAgentsOfTheDepartmentHandleTheTicket() {
        long protocol = openSupportTicket();
        String path = "/tickets/" + protocol;
        assertInvalid(customer.post(path + "/finish", JsonValue.EMPTY_JSON_OBJECT), "status");
        assertEquals(403, customer.post(path + "/notes", body("let me in")).status());
        assertEquals(404, financeAgent.post(path + "/finish", JsonValue.EMPTY_JSON_OBJECT).status());
        assertEquals(404, financeAgent.put(path + "/priority", Json.createObjectBuilder().add("priority", "URGENT")
                .build()).status());
        long financeAgentId = agentId(financeAgent, account.financeId, "Finance Agent " + account.suffix);
        assertInvalid(supportAgent.put(path + "/assignee", Json.createObjectBuilder().add("agentId", financeAgentId)
                .build()), "agentId");
        assertInvalid(supportAgent.put(path + "/priority", Json.createObjectBuilder().add("priority", "SOMEDAY")
                .build()), "body");
        assertInvalid(supportAgent.post(path + "/reopen", JsonValue.EMPTY_JSON_OBJECT), "situation");
        assertEquals(1, ok(supportAgent.get(path)).getJsonArray("history").size(), "refusals change nothing");
    }

    @Test
    void transferHandsTheTicketToTheOtherDepartment() {
        long protocol = openSupportTicket();
        String path = "/tickets/" + protocol;
        assertInvalid(supportAgent.post(path + "/transfer", Json.createObjectBuilder()
                .add("departmentId", account.financeId).add("categoryId", account.supportCategoryId).build()),
                "categoryId");
        JsonObject moved = ok(supportAgent.post(path + "/transfer", Json.createObjectBuilder()
                .add("departmentId", account.financeId).add("categoryId", account.financeCategoryId).build()));
        assertEquals(account.financeId, moved.getJsonNumber("departmentId").longValue());

        assertEquals(404, supportAgent.get(path).status());
        assertTrue(listedProtocols(financeAgent).contains(protocol));
        assertEquals("Refunds", ok(financeAgent.get(path)).getString("categoryName"));
    }

    @Test
    void filtersNarrowTheListWithinTheCallersScope() {
        long mine = openSupportTicket("Laptop battery swollen");
        long queued = openSupportTicket("Monitor flickers");
        long closed = openSupportTicket("Mouse double clicks");
        long me = agentId(supportAgent, account.supportId, "Support Agent " + account.suffix);
        ok(supportAgent.put("/tickets/" + mine + "/assignee", Json.createObjectBuilder().add("agentId", me).build()));
        ok(supportAgent.post("/tickets/" + closed + "/finish", JsonValue.EMPTY_JSON_OBJECT));

        assertEquals(java.util.List.of(mine), listed(supportAgent, "view=MINE"));
        assertTrue(listed(supportAgent, "view=QUEUE").containsAll(java.util.List.of(queued, closed)));
        assertFalse(listed(supportAgent, "view=QUEUE").contains(mine));
        assertEquals(java.util.List.of(closed), listed(supportAgent, "state=CLOSED&departmentId=" + account.supportId));
        assertFalse(listed(supportAgent, "state=open").contains(closed));
        assertEquals(java.util.List.of(queued), listed(supportAgent, "q=flickers"));
        assertEquals(java.util.List.of(queued), listed(supportAgent, "q=%23" + queued));
        assertTrue(listed(supportAgent, "q=" + queued).contains(queued), "a number also finds the protocol");
        assertTrue(listed(supportAgent, "q=" + account.suffix).containsAll(java.util.List.of(mine, queued, closed)));
        assertEquals(java.util.List.of(), listed(financeAgent, "q=flickers"));
        assertEquals(java.util.List.of(), listed(supportAgent, "q=100%25_off"));
        long literal = openSupportTicket("Desconto de 100% na fatura_2");
        assertEquals(java.util.List.of(literal), listed(supportAgent, "q=100%25%20na%20fatura_2"));
        assertEquals(java.util.List.of(), listed(supportAgent, "q=10_%25%20na"), "% and _ are not wildcards");

        assertInvalid(supportAgent.get("/tickets?view=EVERYTHING"), "view");
        assertInvalid(supportAgent.get("/tickets?priority=3"), "priority");
    }

    @Test
    void ticketsAreFoundByTheCustomersOrganization() {
        JsonObject organization = TestAccount.created(account.admin.post("/organizations", Json.createObjectBuilder()
                .add("name", "Acme Filial " + account.suffix).build()));
        long organizationId = organization.getJsonNumber("id").longValue();
        String member = "member-" + account.suffix + "@it.test";
        TestAccount.created(account.admin.post("/customers", Json.createObjectBuilder().add("name", "Member")
                .add("email", member).add("password", TestAccount.PASSWORD).add("organizationId", organizationId)
                .build()));
        long protocol = TestAccount.created(account.clientFor(member).post("/tickets", ticket(account.supportId,
                account.supportCategoryId, "Org ticket").build())).getJsonNumber("protocol").longValue();
        long unrelated = openSupportTicket();

        assertEquals(java.util.List.of(protocol), listed(supportAgent, "organizationId=" + organizationId));
        assertEquals(java.util.List.of(protocol), listed(supportAgent, "q=acme%20filial%20" + account.suffix));
        assertFalse(listed(supportAgent, "organizationId=" + organizationId).contains(unrelated));
        assertEquals("Acme Filial " + account.suffix, ok(supportAgent.get("/tickets?organizationId="
                + organizationId)).getJsonArray("items").getJsonObject(0).getString("organizationName"));

        assertInvalid(account.admin.post("/customers", Json.createObjectBuilder().add("name", "Nobody")
                .add("email", "nobody-" + account.suffix + "@it.test").add("password", TestAccount.PASSWORD)
                .add("organizationId", -1).build()), "organizationId");
        assertInvalid(account.admin.post("/organizations", Json.createObjectBuilder()
                .add("name", "acme filial " + account.suffix).build()), "name");
        // The default permission group lets agents register organizations; AccessMatrixIT covers a group that does not.
        TestAccount.created(supportAgent.post("/organizations", Json.createObjectBuilder()
                .add("name", "Filial Sul " + account.suffix).build()));
    }

    private static java.util.List<Long> listed(ApiClient client, String query) {
        return ok(client.get("/tickets?limit=100&" + query)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(o -> o.getJsonNumber("protocol").longValue()).toList();
    }

    private static JsonObject body(String text) {
        return Json.createObjectBuilder().add("body", text).build();
    }

    private static long agentId(ApiClient client, long departmentId, String name) {
        ApiClient.Response response = client.get("/departments/" + departmentId + "/agents");
        assertEquals(200, response.status(), response::toString);
        return response.jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long openSupportTicket() {
        return openSupportTicket("Help " + System.nanoTime());
    }

    private long openSupportTicket(String subject) {
        return TestAccount.created(customer.post("/tickets", ticket(account.supportId, account.supportCategoryId,
                subject + " " + account.suffix).build())).getJsonNumber("protocol").longValue();
    }

    private static jakarta.json.JsonObjectBuilder ticket(long departmentId, long categoryId, String subject) {
        return Json.createObjectBuilder().add("departmentId", departmentId).add("categoryId", categoryId)
                .add("subject", subject).add("message", "Please help.");
    }

    private static java.util.List<Long> listedProtocols(ApiClient client) {
        return ok(client.get("/tickets?limit=100")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("protocol").longValue()).toList();
    }
}
