package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Custom fields enforced by the API, permission groups taking effect on the next request (visibility and masked
 * personal data), internal tickets, and the account's choice of list columns.
 */
@ExtendWith(HelpdeskServer.class)
class CustomFieldsAndPermissionsIT {

    private TestAccount account;
    private ApiClient customer;
    private ApiClient supportAgent;

    @BeforeEach
    void setUp() {
        account = new TestAccount(TicketApiIT.BASE_URL);
        customer = account.clientFor(account.customerEmail);
        supportAgent = account.clientFor(account.supportAgentEmail);
    }

    @Test
    void aRequiredOpeningFieldBlocksTheApiNamingTheFieldUntilFilledCorrectly() {
        long contract = field("Número do contrato", "TICKET_OPENING_EXTERNAL", "NUMBER", true, account.supportId);
        long plan = field("Plano", "TICKET_OPENING_EXTERNAL", "LIST", false, account.supportId,
                "Ouro", "Prata");

        JsonObject missing = invalid(customer.post("/tickets", ticket().build()), "customFields." + contract);
        assertTrue(missing.getString("message").contains("Número do contrato"), missing::toString);
        invalid(customer.post("/tickets", ticket().add("customFields", Json.createObjectBuilder()
                .add(String.valueOf(contract), "doze")).build()), "customFields." + contract);
        invalid(customer.post("/tickets", ticket().add("customFields", Json.createObjectBuilder()
                .add(String.valueOf(contract), "12").add(String.valueOf(plan), "Platina")).build()),
                "customFields." + plan);
        invalid(customer.post("/tickets", ticket().add("customFields", Json.createObjectBuilder()
                .add(String.valueOf(contract), "12").add("999999999", "x")).build()), "customFields.999999999");

        long protocol = TestAccount.created(customer.post("/tickets", ticket().add("customFields",
                Json.createObjectBuilder().add(String.valueOf(contract), "1234,50")
                        .add(String.valueOf(plan), "ouro")).build())).getJsonNumber("protocol").longValue();
        JsonArray values = ok(supportAgent.get("/tickets/" + protocol)).getJsonArray("customFields");
        assertEquals(List.of("Número do contrato=1234.5", "Plano=Ouro"), values.getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("label") + "=" + v.getString("value")).toList());

        JsonArray form = customer.get("/custom-fields/form?place=TICKET_OPENING_EXTERNAL&departmentId="
                + account.supportId).jsonValue().asJsonArray();
        assertEquals(2, form.size());
        assertEquals(0, customer.get("/custom-fields/form?place=TICKET_OPENING_EXTERNAL&departmentId="
                + account.financeId).jsonValue().asJsonArray().size(), "the fields belong to Support only");
    }

    @Test
    void aRequiredClosingFieldIsAskedWhenFinishing() {
        long solution = field("Solução aplicada", "TICKET_CLOSING_EXTERNAL", "TEXT", true, account.supportId);
        long protocol = openTicket();
        invalid(supportAgent.post("/tickets/" + protocol + "/finish", JsonValue.EMPTY_JSON_OBJECT),
                "customFields." + solution);
        assertEquals("NOT_STARTED", ok(supportAgent.get("/tickets/" + protocol)).getString("situation"),
                "nothing half-written");

        JsonObject finished = ok(supportAgent.post("/tickets/" + protocol + "/finish", Json.createObjectBuilder()
                .add("customFields", Json.createObjectBuilder().add(String.valueOf(solution), "Troca do cabo"))
                .build()));
        assertEquals("FINISHED", finished.getString("situation"));
        assertEquals("Troca do cabo", finished.getJsonArray("customFields").getJsonObject(0).getString("value"));
    }

    @Test
    void changingAPermissionGroupChangesWhatItsAgentSeesOnTheNextRequest() {
        long phoneField = field("CPF " + account.suffix, "CUSTOMER", "TEXT", false, null);
        try {
            JsonObject group = TestAccount.created(account.admin.post("/permission-groups",
                    group("Nível 1 " + account.suffix, "LINKED_DEPARTMENTS", true, "EMAIL", "PHONE",
                            "FIELD:" + phoneField)));
            long groupId = group.getJsonNumber("id").longValue();
            String agentEmail = "level1-" + account.suffix + "@it.test";
            TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                    .add("name", "Nível 1").add("email", agentEmail).add("role", "AGENT").add("directory", "LDAP")
                    .add("departmentIds", Json.createArrayBuilder().add(account.supportId))
                    .add("permissionGroupId", groupId).build()));
            ApiClient agent = account.clientFor(agentEmail);
            long customerId = customerId(account.customerEmail);
            ok(account.admin.put("/customers/" + customerId, Json.createObjectBuilder()
                    .add("name", "Customer " + account.suffix).add("phone", "+55 11 4000-1234")
                    .add("customFields", Json.createObjectBuilder().add(String.valueOf(phoneField), "123.456.789-00"))
                    .build()));
            long protocol = openTicket();

            JsonObject seen = ok(agent.get("/tickets/" + protocol));
            assertEquals(account.customerEmail, seen.getString("customerEmail"));
            assertEquals("+55 11 4000-1234", seen.getString("customerPhone"));
            assertTrue(listedBy(agent, "q=" + account.customerEmail).contains(protocol));
            assertEquals(1, ok(agent.get("/customers/" + customerId)).getJsonArray("customFields").size());

            ok(account.admin.put("/permission-groups/" + groupId, group("Nível 1 " + account.suffix,
                    "LINKED_DEPARTMENTS", false)));

            JsonObject masked = ok(agent.get("/tickets/" + protocol));
            assertHidden(masked, "customerEmail");
            assertHidden(masked, "customerPhone");
            assertFalse(agent.get("/tickets/" + protocol).body().contains(account.customerEmail));
            assertFalse(agent.get("/tickets?limit=100").body().contains(account.customerEmail));
            assertFalse(listedBy(agent, "q=" + account.customerEmail).contains(protocol),
                    "no searching by what one may not see");
            assertEquals(403, agent.get("/customers/" + customerId).status(), "the group no longer sees customers");
            JsonObject byAdmin = ok(account.admin.get("/customers/" + customerId));
            assertEquals(account.customerEmail, byAdmin.getString("email"), "administrators always see everything");

            ok(account.admin.put("/permission-groups/" + groupId, group("Nível 1 " + account.suffix,
                    "OWN_ONLY", true, "EMAIL")));
            assertEquals(404, agent.get("/tickets/" + protocol).status());
            assertFalse(listedBy(agent, "").contains(protocol));
            JsonObject customerSeen = ok(agent.get("/customers/" + customerId));
            assertHidden(customerSeen, "phone");
            assertEquals(0, customerSeen.getJsonArray("customFields").size(), "the CPF field is not granted");

            assertEquals(400, account.admin.delete("/permission-groups/" + groupId).status(),
                    "a group with agents stays");
        } finally {
            account.admin.put("/custom-fields/" + phoneField, Json.createObjectBuilder().add("label", "CPF")
                    .add("required", false).add("active", false).build());
        }
    }

    @Test
    void theDefaultGroupCannotBeRemoved() {
        JsonObject defaultGroup = account.admin.get("/permission-groups").jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getBoolean("defaultGroup")).findFirst()
                .orElseThrow();
        invalid(account.admin.delete("/permission-groups/" + defaultGroup.getJsonNumber("id")), "id");
    }

    @Test
    void anEmptyCustomGroupCanGoAndTheLastAdministratorCannotBeDemoted() {
        JsonObject group = TestAccount.created(account.admin.post("/permission-groups",
                group("Temporário " + account.suffix, "OWN_ONLY", false)));
        assertEquals(204, account.admin.delete("/permission-groups/" + group.getJsonNumber("id")).status());
        assertEquals(404, account.admin.delete("/permission-groups/" + group.getJsonNumber("id")).status());

        JsonObject me = ok(account.admin.get("/me"));
        long otherAdmins = account.admin.get("/agents").jsonValue().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("role").equals("ADMIN") && a.getBoolean("active"))
                .filter(a -> a.getJsonNumber("id").longValue() != me.getJsonNumber("id").longValue()).count();
        if (otherAdmins == 0) {
            invalid(account.admin.put("/agents/" + me.getJsonNumber("id"), Json.createObjectBuilder()
                    .add("name", me.getString("name")).add("role", "AGENT").build()), "role");
            assertEquals("ADMIN", ok(account.admin.get("/me")).getString("role"), "nothing changed");
        }
    }

    @Test
    void anAgentOpensAnInternalTicketFollowsItAndAnswersBack() {
        JsonObject ref = TestAccount.created(supportAgent.post("/tickets", Json.createObjectBuilder()
                .add("type", "I").add("departmentId", account.financeId).add("categoryId", account.financeCategoryId)
                .add("subject", "Reembolso " + account.suffix).add("message", "Táxi do cliente").build()));
        long protocol = ref.getJsonNumber("protocol").longValue();
        ApiClient finance = account.clientFor(account.financeAgentEmail);

        JsonObject seen = ok(finance.get("/tickets/" + protocol));
        assertEquals("I", seen.getString("type"));
        assertEquals("Support Agent " + account.suffix, seen.getString("customerName"));
        TestAccount.created(finance.post("/tickets/" + protocol + "/replies", body("Qual o valor?")));
        TestAccount.created(supportAgent.post("/tickets/" + protocol + "/replies", body("R$ 80")));
        assertEquals("CUSTOMER_REPLIED", ok(finance.get("/tickets/" + protocol)).getString("situation"));
        assertEquals(403, supportAgent.post("/tickets/" + protocol + "/finish", JsonValue.EMPTY_JSON_OBJECT)
                .status(), "the requester does not handle the ticket");
        assertTrue(listedBy(supportAgent, "").contains(protocol), "the requester finds it in their list");
        invalid(customer.post("/tickets", Json.createObjectBuilder().add("type", "I")
                .add("departmentId", account.financeId).add("categoryId", account.financeCategoryId)
                .add("subject", "x").add("message", "y").build()), "type");
    }

    @Test
    void theAccountChoosesTheListColumns() {
        JsonObject before = ok(account.admin.get("/account/settings"));
        try {
            JsonObject changed = ok(account.admin.put("/account/settings", settings(before,
                    Json.createArrayBuilder().add("subject").add("PROTOCOL").add("PRIORITY"))));
            assertEquals(List.of("PROTOCOL", "SUBJECT", "PRIORITY"), changed.getJsonArray("ticketListColumns")
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .toList());
            invalid(account.admin.put("/account/settings", settings(before,
                    Json.createArrayBuilder().add("CUSTOMER"))), "ticketListColumns");
            invalid(account.admin.put("/account/settings", settings(before,
                    Json.createArrayBuilder().add("PROTOCOL").add("SALARY"))), "ticketListColumns");
        } finally {
            ok(account.admin.put("/account/settings", settings(before, Json.createArrayBuilder(
                    before.getJsonArray("ticketListColumns")))));
        }
    }

    /** Data the caller may not see is left out of the answer (JSON-B omits null properties). */
    private static void assertHidden(JsonObject object, String key) {
        assertTrue(!object.containsKey(key) || object.isNull(key), () -> key + " visible in " + object);
    }

    private static JsonObject settings(JsonObject current, jakarta.json.JsonArrayBuilder columns) {
        return Json.createObjectBuilder(current).remove("customerPanelUrl").remove("hasLogo")
                .add("ticketListColumns", columns).build();
    }

    private static JsonObject group(String name, String visibility, boolean viewCustomers, String... data) {
        var items = Json.createArrayBuilder();
        for (String item : data) {
            items.add(item);
        }
        return Json.createObjectBuilder().add("name", name).add("ticketVisibility", visibility)
                .add("viewCustomers", viewCustomers).add("editCustomers", false).add("customerData", items).build();
    }

    private long field(String label, String place, String type, boolean required, Long departmentId,
                       String... options) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("label", label).add("place", place)
                .add("type", type).add("required", required);
        if (departmentId != null) {
            body.add("departmentId", departmentId);
        }
        if (options.length > 0) {
            var list = Json.createArrayBuilder();
            for (String option : options) {
                list.add(option);
            }
            body.add("options", list);
        }
        return TestAccount.created(account.admin.post("/custom-fields", body.build())).getJsonNumber("id")
                .longValue();
    }

    private long customerId(String email) {
        return account.admin.get("/customers?q=" + email).jsonValue().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private JsonObjectBuilder ticket() {
        return Json.createObjectBuilder().add("departmentId", account.supportId)
                .add("categoryId", account.supportCategoryId).add("subject", "Contrato " + account.suffix)
                .add("message", "Detalhes");
    }

    private long openTicket() {
        return TestAccount.created(customer.post("/tickets", ticket().build())).getJsonNumber("protocol")
                .longValue();
    }

    private static List<Long> listedBy(ApiClient client, String query) {
        return ok(client.get("/tickets?limit=100&" + query)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(o -> o.getJsonNumber("protocol").longValue()).toList();
    }

    private static JsonObject body(String text) {
        return Json.createObjectBuilder().add("body", text).build();
    }

    private static JsonObject invalid(ApiClient.Response response, String field) {
        assertEquals(400, response.status(), () -> "expected 400, got " + response);
        JsonObject error = response.json();
        assertEquals(field, error.getString("field"), error::toString);
        return error;
    }
}
