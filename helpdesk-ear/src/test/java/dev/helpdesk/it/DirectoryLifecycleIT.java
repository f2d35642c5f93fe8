package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.assertInvalid;
import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Departments, categories and statuses have a life cycle, through the REST API: administrators rename, move and
 * deactivate them; a deactivated one is no longer offered for new tickets, transfers or statuses, while the tickets
 * that carry it keep it and read it under its current name; reactivated, it is offered again. Others get 403.
 */
@ExtendWith(HelpdeskServer.class)
class DirectoryLifecycleIT {

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
    void aDepartmentIsRenamedMovedDeactivatedAndReactivatedByAdministratorsOnly() {
        long protocol = account.openSupportTicket(customer);
        String financePath = "/departments/" + account.financeId;
        JsonObject rename = Json.createObjectBuilder().add("name", "Suporte " + account.suffix).add("position", 1)
                .build();

        assertEquals(403, supportAgent.put("/departments/" + account.supportId, rename).status());
        assertEquals(403, customer.put("/departments/" + account.supportId, rename).status());
        assertEquals(403, supportAgent.get("/departments?includeInactive=true").status());

        ApiClient.Response bad = account.admin.put("/departments/" + account.supportId, Json.createObjectBuilder()
                .add("name", " ").add("position", 0).build());
        assertInvalid(bad, "name");
        ApiClient.Response badPosition = account.admin.put("/departments/" + account.supportId,
                Json.createObjectBuilder().add("name", "Suporte " + account.suffix).add("position", 0).build());
        assertInvalid(badPosition, "position");
        assertEquals("validation.position", badPosition.json().getString("code"));
        ApiClient.Response taken = account.admin.put("/departments/" + account.supportId, Json.createObjectBuilder()
                .add("name", "FINANCE " + account.suffix).build());
        assertInvalid(taken, "name");
        assertEquals("validation.duplicate", taken.json().getString("code"));
        assertEquals("Support " + account.suffix, ok(customer.get("/tickets/" + protocol))
                .getString("departmentName"), "a refused change changes nothing");

        JsonObject renamed = ok(account.admin.put("/departments/" + account.supportId, rename));
        assertEquals("Suporte " + account.suffix, renamed.getString("name"));
        assertEquals(1, renamed.getInt("position"));
        JsonObject first = customer.get("/departments").jsonValue().asJsonArray().getJsonObject(0);
        assertEquals(account.supportId, first.getJsonNumber("id").longValue(), "position 1 comes first");
        assertEquals("Suporte " + account.suffix, ok(customer.get("/tickets/" + protocol))
                .getString("departmentName"), "the ticket shows the current name");

        SupportMailbox mailbox = SupportMailbox.create(account.admin, Mailbox.started().greenMail(),
                DemoMailServer.DEFAULT_IMAP_PORT, "financeiro-" + account.suffix + "@it.test", account.financeId,
                account.financeCategoryId);
        ApiClient.Response inUse = account.admin.put(financePath, Json.createObjectBuilder()
                .add("name", "Finance " + account.suffix).add("active", false).build());
        assertInvalid(inUse, "active");
        assertEquals("validation.department.inUse", inUse.json().getString("code"));
        assertTrue(inUse.json().getString("message").contains(mailbox.address), inUse::toString);
        deactivate(mailbox);

        JsonObject deactivated = ok(account.admin.put(financePath, Json.createObjectBuilder()
                .add("name", "Finance " + account.suffix).add("active", false).build()));
        assertFalse(deactivated.getBoolean("active"));
        assertTrue(department(customer.get("/departments"), account.financeId).isEmpty(),
                "no longer offered to open tickets");
        JsonObject listed = department(account.admin.get("/departments?includeInactive=true"), account.financeId)
                .orElseThrow();
        assertFalse(listed.getBoolean("active"), "administrators still see it");
        assertInvalid(customer.post("/tickets", Json.createObjectBuilder().add("departmentId", account.financeId)
                .add("categoryId", account.financeCategoryId).add("subject", "Reembolso").add("message", "x")
                .build()), "departmentId");
        assertInvalid(supportAgent.post("/tickets/" + protocol + "/transfer", Json.createObjectBuilder()
                .add("departmentId", account.financeId).add("categoryId", account.financeCategoryId).build()),
                "departmentId");
        assertInvalid(account.admin.put("/mail-channel/mailboxes/" + mailbox.id, mailboxBody(mailbox, true)),
                "departmentId");
        assertInvalid(account.admin.post("/sla/rules", Json.createObjectBuilder().add("kind", "FIRST_RESPONSE")
                .add("scopeKind", "GENERAL").add("departmentId", account.financeId).add("minutes", 60).build()),
                "departmentId");

        List<String> audited = account.admin.get("/audit?objectType=department&objectId=" + account.financeId)
                .jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + " " + e.getString("after")).toList();
        assertTrue(audited.stream().anyMatch(a -> a.startsWith("DEPARTMENT_CHANGED") && a.contains("active=false")),
                audited::toString);

        ok(account.admin.put(financePath, Json.createObjectBuilder().add("name", "Finance " + account.suffix)
                .add("active", true).build()));
        assertTrue(department(customer.get("/departments"), account.financeId).isPresent(), "offered again");
        ok(supportAgent.post("/tickets/" + protocol + "/transfer", Json.createObjectBuilder()
                .add("departmentId", account.financeId).add("categoryId", account.financeCategoryId).build()));
    }

    @Test
    void aDeactivatedCategoryCannotBeChosenForANewTicketButItsTicketsStillReadFine() {
        long network = TestAccount.created(account.admin.post("/departments/" + account.supportId + "/categories",
                Json.createObjectBuilder().add("name", "Rede").build())).getJsonNumber("id").longValue();
        long protocol = TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", network).add("subject", "VPN caiu")
                .add("message", "De novo").build())).getJsonNumber("protocol").longValue();
        String path = "/departments/" + account.supportId + "/categories/" + network;
        JsonObject change = Json.createObjectBuilder().add("name", "Redes e VPN").add("position", 1)
                .add("active", false).build();

        assertEquals(403, supportAgent.put(path, change).status());
        assertEquals(403, customer.put(path, change).status());
        ApiClient.Response taken = account.admin.put(path, Json.createObjectBuilder()
                .add("name", " hardware ").build());
        assertInvalid(taken, "name");
        assertEquals("validation.duplicate", taken.json().getString("code"), taken::toString);

        SupportMailbox mailbox = SupportMailbox.create(account.admin, Mailbox.started().greenMail(),
                DemoMailServer.DEFAULT_IMAP_PORT, "rede-" + account.suffix + "@it.test", account.supportId, network);
        ApiClient.Response inUse = account.admin.put(path, change);
        assertInvalid(inUse, "active");
        assertEquals("validation.category.inUse", inUse.json().getString("code"));
        deactivate(mailbox);

        JsonObject changed = ok(account.admin.put(path, change));
        assertEquals("Redes e VPN", changed.getString("name"));
        assertEquals(1, changed.getInt("position"));
        assertFalse(changed.getBoolean("active"));

        ApiClient.Response refused = customer.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", network).add("subject", "VPN")
                .add("message", "x").build());
        assertInvalid(refused, "categoryId");
        assertEquals("validation.category.inactive", refused.json().getString("code"));

        JsonObject ticket = ok(customer.get("/tickets/" + protocol));
        assertEquals(network, ticket.getJsonNumber("categoryId").longValue(), "the ticket keeps its category");
        assertEquals("Redes e VPN", ticket.getString("categoryName"), "under its current name");
        assertTrue(supportAgent.get("/tickets?departmentId=" + account.supportId + "&limit=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getJsonNumber("protocol").longValue() == protocol
                        && "Redes e VPN".equals(t.getString("categoryName"))), "the agents' list still shows it");

        JsonObject offered = department(customer.get("/departments"), account.supportId).orElseThrow();
        assertTrue(offered.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .noneMatch(c -> c.getJsonNumber("id").longValue() == network), "not offered");
        JsonObject kept = department(account.admin.get("/departments?includeInactive=true"), account.supportId)
                .orElseThrow();
        JsonObject firstCategory = kept.getJsonArray("categories").getJsonObject(0);
        assertEquals(network, firstCategory.getJsonNumber("id").longValue(), "moved to the top");
        assertFalse(firstCategory.getBoolean("active"));

        ok(account.admin.put(path, Json.createObjectBuilder().add("name", "Redes e VPN").add("active", true).build()));
        TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", network).add("subject", "VPN")
                .add("message", "Voltou a cair").build()));
    }

    @Test
    void aDeactivatedStatusIsNoLongerSetButTheTicketThatCarriesItKeepsIt() {
        String statuses = "/departments/" + account.supportId + "/statuses";
        long waiting = TestAccount.created(account.admin.post(statuses, Json.createObjectBuilder()
                .add("name", "Aguardando fornecedor").build())).getJsonNumber("id").longValue();
        long analysing = TestAccount.created(account.admin.post(statuses, Json.createObjectBuilder()
                .add("name", "Em análise").build())).getJsonNumber("id").longValue();
        long protocol = account.openSupportTicket(customer);
        ok(supportAgent.put("/tickets/" + protocol + "/status", Json.createObjectBuilder().add("statusId", waiting)
                .build()));
        JsonObject change = Json.createObjectBuilder().add("name", "Aguardando o fornecedor")
                .add("exemptFromAutoClose", true).add("position", 2).add("active", false).build();

        assertEquals(403, supportAgent.put(statuses + "/" + waiting, change).status());
        assertEquals(403, supportAgent.get(statuses + "?includeInactive=true").status());
        assertInvalid(account.admin.put(statuses + "/" + waiting, Json.createObjectBuilder()
                .add("name", "EM ANÁLISE").build()), "name");
        assertInvalid(account.admin.put(statuses + "/" + waiting, Json.createObjectBuilder()
                .add("name", "Aguardando").add("position", -1).build()), "position");

        JsonObject changed = ok(account.admin.put(statuses + "/" + waiting, change));
        assertEquals("Aguardando o fornecedor", changed.getString("name"));
        assertTrue(changed.getBoolean("exemptFromAutoClose"), "the other fields are kept working");
        assertEquals(2, changed.getInt("position"));
        assertFalse(changed.getBoolean("active"));

        assertEquals(List.of("Em análise"), supportAgent.get(statuses).jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList(),
                "agents are offered the active ones");
        assertEquals(List.of("Em análise", "Aguardando o fornecedor"), account.admin.get(statuses
                        + "?includeInactive=true").jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name")).toList(), "administrators see all, by position");
        assertEquals("Aguardando o fornecedor", ok(customer.get("/tickets/" + protocol)).getString("statusName"),
                "the ticket keeps it under its current name");

        ok(supportAgent.put("/tickets/" + protocol + "/status", Json.createObjectBuilder().add("statusId", analysing)
                .build()));
        ApiClient.Response refused = supportAgent.put("/tickets/" + protocol + "/status", Json.createObjectBuilder()
                .add("statusId", waiting).build());
        assertInvalid(refused, "statusId");
        assertEquals("validation.status.inactive", refused.json().getString("code"));

        ok(account.admin.put(statuses + "/" + waiting, Json.createObjectBuilder().add("name", "Aguardando o fornecedor")
                .add("active", true).build()));
        ok(supportAgent.put("/tickets/" + protocol + "/status", Json.createObjectBuilder().add("statusId", waiting)
                .build()));
    }

    private void deactivate(SupportMailbox mailbox) {
        ok(account.admin.put("/mail-channel/mailboxes/" + mailbox.id, mailboxBody(mailbox, false)));
    }

    private static JsonObject mailboxBody(SupportMailbox mailbox, boolean active) {
        JsonObject current = mailboxOf(mailbox);
        return Json.createObjectBuilder().add("departmentId", current.getJsonNumber("departmentId"))
                .add("categoryId", current.getJsonNumber("categoryId")).add("host", "localhost")
                .add("port", DemoMailServer.DEFAULT_IMAP_PORT).add("security", "NONE")
                .add("username", mailbox.address).add("pollSeconds", 5).add("active", active).build();
    }

    private static JsonObject mailboxOf(SupportMailbox mailbox) {
        return ApiClient.admin(TicketApiIT.BASE_URL).get("/mail-channel/mailboxes").jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getJsonNumber("id").longValue() == mailbox.id)
                .findFirst().orElseThrow();
    }

    private static Optional<JsonObject> department(ApiClient.Response departments, long id) {
        assertEquals(200, departments.status(), departments::toString);
        return departments.jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("id").longValue() == id).findFirst();
    }
}
