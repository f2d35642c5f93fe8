package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.assertInvalid;
import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What each department keeps for its tickets, through the REST API: canned responses filled in for the ticket, and
 * statuses of its own that customers see. Allowed paths and forbidden ones.
 */
@ExtendWith(HelpdeskServer.class)
class DepartmentResponsesIT {

    private TestAccount account;
    private ApiClient customer;
    private ApiClient supportAgent;
    private ApiClient financeAgent;

    @BeforeEach
    void setUp() {
        account = new TestAccount(TicketApiIT.BASE_URL);
        customer = account.clientFor(account.customerEmail);
        supportAgent = account.clientFor(account.supportAgentEmail);
        financeAgent = account.clientFor(account.financeAgentEmail);
    }

    @Test
    void cannedResponsesAreFilledInForTheTicketAndKeptByAdministrators() {
        JsonObject forSupport = TestAccount.created(account.admin.post("/canned-responses", Json.createObjectBuilder()
                .add("title", "Greeting " + account.suffix)
                .add("body", "Hello {cliente.nome}, ticket {protocolo} is with {atendente.nome}.")
                .add("departmentIds", Json.createArrayBuilder().add(account.supportId)).build()));
        TestAccount.created(account.admin.post("/canned-responses", Json.createObjectBuilder()
                .add("title", "Refund " + account.suffix).add("body", "Refunds take 5 days.")
                .add("departmentIds", Json.createArrayBuilder().add(account.financeId)).build()));
        long protocol = account.openSupportTicket(customer);

        ApiClient.Response rendered = supportAgent.get("/tickets/" + protocol + "/canned-responses");
        assertEquals(200, rendered.status(), rendered::toString);
        List<JsonObject> mine = rendered.jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("title").endsWith(account.suffix)).toList();
        assertEquals(1, mine.size(), "only the responses of the ticket's department");
        assertEquals("Hello Customer " + account.suffix + ", ticket " + protocol + " is with Support Agent "
                + account.suffix + ".", mine.get(0).getString("text"));

        long internal = TestAccount.created(financeAgent.post("/tickets", Json.createObjectBuilder().add("type", "I")
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("subject", "Notebook novo").add("message", "O meu quebrou").build()))
                .getJsonNumber("protocol").longValue();
        ApiClient.Response forInternal = supportAgent.get("/tickets/" + internal + "/canned-responses");
        assertEquals(200, forInternal.status(), forInternal::toString);
        assertTrue(forInternal.jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("text").equals("Hello Finance Agent " + account.suffix + ", ticket "
                        + internal + " is with Support Agent " + account.suffix + ".")),
                () -> "an internal ticket's requester is the agent who opened it: " + forInternal);

        assertEquals(404, financeAgent.get("/tickets/" + protocol + "/canned-responses").status());
        assertEquals(403, customer.get("/tickets/" + protocol + "/canned-responses").status());
        assertEquals(403, supportAgent.post("/canned-responses", Json.createObjectBuilder().add("title", "x")
                .add("body", "y").build()).status());
        assertInvalid(account.admin.post("/canned-responses", Json.createObjectBuilder().add("body", "y").build()),
                "title");

        long id = forSupport.getJsonNumber("id").longValue();
        assertEquals(204, account.admin.delete("/canned-responses/" + id).status());
        assertTrue(supportAgent.get("/tickets/" + protocol + "/canned-responses").jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().noneMatch(r -> r.getJsonNumber("id").longValue() == id));
    }

    @Test
    void departmentsHaveTheirOwnStatusesWhichCustomersSee() {
        long waiting = TestAccount.created(account.admin.post("/departments/" + account.supportId + "/statuses",
                Json.createObjectBuilder().add("name", "Aguardando fornecedor").build())).getJsonNumber("id").longValue();
        long financeStatus = TestAccount.created(account.admin.post("/departments/" + account.financeId + "/statuses",
                Json.createObjectBuilder().add("name", "Em análise").build())).getJsonNumber("id").longValue();
        long protocol = account.openSupportTicket(customer);
        String path = "/tickets/" + protocol;

        assertEquals(List.of("Aguardando fornecedor"),
                supportAgent.get("/departments/" + account.supportId + "/statuses").jsonValue().asJsonArray()
                        .getValuesAs(JsonObject.class).stream().map(st -> st.getString("name")).toList());
        assertInvalid(supportAgent.put(path + "/status", Json.createObjectBuilder().add("statusId", financeStatus)
                .build()), "statusId");
        JsonObject changed = ok(supportAgent.put(path + "/status", Json.createObjectBuilder()
                .add("statusId", waiting).build()));
        assertEquals("Aguardando fornecedor", changed.getString("statusName"));
        assertEquals("NOT_STARTED", changed.getString("situation"));
        assertEquals("Aguardando fornecedor", ok(customer.get(path)).getString("statusName"));
        assertEquals(403, supportAgent.post("/departments/" + account.supportId + "/statuses",
                Json.createObjectBuilder().add("name", "Mine").build()).status());
        assertEquals(403, customer.put(path + "/status", Json.createObjectBuilder().add("statusId", waiting).build())
                .status());
    }
}
