package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Customers serve themselves (A6): they finish their own tickets while a status that lets them is applied
 * (TomTicket's "Permitir o cliente finalizar chamados com esse status aplicado"), and a manager of an organization
 * follows its tickets and those of the organizations below it; everyone else sees only their own.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class CustomerSelfServiceIT {

    private static TestAccount account;

    @BeforeAll
    static void server() {
        account = new TestAccount(TicketApiIT.BASE_URL);
    }

    @Test
    void customersFinishTheirOwnTicketsOnlyWhileTheStatusLetsThem() {
        long finishing = status("Aguardando confirmação " + account.suffix, true);
        long notFinishing = status("Em análise " + account.suffix, false);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        ApiClient customer = account.clientFor(account.customerEmail);
        ApiClient other = account.clientFor(account.otherCustomerEmail);
        long ticket = account.openSupportTicket(customer);

        TestAccount.assertInvalid(customer.post("/tickets/" + ticket + "/finish", empty()), "status");
        TestAccount.ok(agent.put("/tickets/" + ticket + "/status", statusId(notFinishing)));
        TestAccount.assertInvalid(customer.post("/tickets/" + ticket + "/finish", empty()), "status");
        TestAccount.ok(agent.put("/tickets/" + ticket + "/status", statusId(finishing)));
        assertEquals(404, other.post("/tickets/" + ticket + "/finish", empty()).status(),
                "another customer's ticket does not exist for them");

        JsonObject finished = TestAccount.ok(customer.post("/tickets/" + ticket + "/finish", empty()));
        assertEquals("FINISHED", finished.getString("situation"));
        TestAccount.assertInvalid(customer.post("/tickets/" + ticket + "/finish", empty()), "situation");
        assertEquals("FINISHED", agent.get("/tickets/" + ticket).json().getString("situation"));
    }

    @Test
    void administratorsRenameStatusesAndChooseWhatTheyLet() {
        long id = status("Aguardando peça " + account.suffix, false);
        String path = "/departments/" + account.supportId + "/statuses/" + id;
        JsonObject change = Json.createObjectBuilder().add("name", "Aguardando a peça " + account.suffix)
                .add("customerMayFinish", true).build();
        assertEquals(403, account.clientFor(account.supportAgentEmail).put(path, change).status());
        JsonObject changed = TestAccount.ok(account.admin.put(path, change));
        assertEquals("Aguardando a peça " + account.suffix, changed.getString("name"));
        assertTrue(changed.getBoolean("customerMayFinish"));
        assertFalse(changed.getBoolean("exemptFromAutoClose"));
        long second = status("Outro " + account.suffix, false);
        TestAccount.assertInvalid(account.admin.put("/departments/" + account.supportId + "/statuses/" + second,
                change), "name");
        assertEquals(404, account.admin.put("/departments/" + account.financeId + "/statuses/" + id, change)
                .status(), "a status belongs to its department");
    }

    @Test
    void organizationManagersFollowTheTicketsOfTheirOrganizationAndTheOnesBelowIt() {
        long parent = organization("Matriz " + account.suffix, null);
        long child = organization("Filial " + account.suffix, parent);
        String managerEmail = "manager-" + account.suffix + "@it.test";
        String memberEmail = "member-" + account.suffix + "@it.test";
        String colleagueEmail = "colleague-" + account.suffix + "@it.test";
        account.createLocalCustomer("Gestora", managerEmail);
        account.createLocalCustomer("Membro da filial", memberEmail);
        account.createLocalCustomer("Colega da matriz", colleagueEmail);
        long manager = customerId(managerEmail);
        TestAccount.assertInvalid(account.admin.put("/customers/" + manager,
                customerChange("Gestora", null, true)), "managesOrganization");
        assertTrue(TestAccount.ok(account.admin.put("/customers/" + manager, customerChange("Gestora", parent, true)))
                .getBoolean("managesOrganization"));
        TestAccount.ok(account.admin.put("/customers/" + customerId(memberEmail),
                customerChange("Membro da filial", child, false)));
        TestAccount.ok(account.admin.put("/customers/" + customerId(colleagueEmail),
                customerChange("Colega da matriz", parent, false)));

        ApiClient member = account.clientFor(memberEmail);
        ApiClient managing = account.clientFor(managerEmail);
        ApiClient colleague = account.clientFor(colleagueEmail);
        long ticket = account.openSupportTicket(member);

        assertTrue(protocols(managing).contains(ticket), "the parent's manager lists the child's tickets");
        assertEquals(200, managing.get("/tickets/" + ticket).status());
        assertEquals(201, managing.post("/tickets/" + ticket + "/replies", Json.createObjectBuilder()
                .add("body", "Acompanhando pela matriz.").build()).status());
        assertEquals(403, managing.post("/tickets/" + ticket + "/finish", empty()).status(),
                "only the ticket's own customer finishes it");
        assertFalse(protocols(colleague).contains(ticket), "a member who manages nothing sees only their own");
        assertEquals(404, colleague.get("/tickets/" + ticket).status());
        assertFalse(protocols(account.clientFor(account.customerEmail)).contains(ticket));

        TestAccount.ok(account.admin.put("/customers/" + manager, customerChange("Gestora", child, null)));
        assertEquals(404, managing.get("/tickets/" + ticket).status(),
                "moved to another organization, she manages no more until made its manager");
    }

    @Tag("browser")
    @Test
    void theCustomerPanelOffersFinishingOnlyWhenTheStatusLetsIt() {
        ApiClient customer = account.clientFor(account.otherCustomerEmail);
        long ticket = account.openSupportTicket(customer);
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/customer/ticket.xhtml?protocol=" + ticket, account.otherCustomerEmail,
                    TestAccount.PASSWORD);
            assertTrue(browser.pageText().contains("#" + ticket) || browser.currentUrl().contains("protocol="));
            assertTrue(browser.script("return document.getElementById('finishForm:finish') === null")
                    .equals(Boolean.TRUE), "no finish button without a status that lets the customer finish");
            TestAccount.ok(account.clientFor(account.supportAgentEmail).put("/tickets/" + ticket + "/status",
                    statusId(status("Resolvido? " + account.suffix, true))));
            browser.open("/customer/ticket.xhtml?protocol=" + ticket);
            browser.click(By.id("finishForm:finish"));
            browser.click(By.id("finishForm:confirmYes"));
            assertTrue(browser.waitForText(By.id("messages"), "Chamado finalizado"), browser.pageText());
            assertTrue(browser.script("return document.getElementById('replyForm') === null").equals(Boolean.TRUE),
                    "a finished ticket offers no reply form");
            browser.screenshot("customer-finished-ticket");
        }
        assertEquals("FINISHED", account.admin.get("/tickets/" + ticket).json().getString("situation"));
    }

    private static long status(String name, boolean customerMayFinish) {
        return TestAccount.created(account.admin.post("/departments/" + account.supportId + "/statuses",
                Json.createObjectBuilder().add("name", name).add("customerMayFinish", customerMayFinish).build()))
                .getJsonNumber("id").longValue();
    }

    private static long organization(String name, Long parent) {
        var body = Json.createObjectBuilder().add("name", name);
        if (parent != null) {
            body.add("parentId", parent);
        }
        return TestAccount.created(account.admin.post("/organizations", body.build())).getJsonNumber("id")
                .longValue();
    }

    private static long customerId(String email) {
        for (JsonValue value : account.admin.get("/customers?q=" + email).jsonValue().asJsonArray()) {
            if (value.asJsonObject().getString("email").equals(email)) {
                return value.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no customer " + email);
    }

    private static JsonObject customerChange(String name, Long organization, Boolean manages) {
        var body = Json.createObjectBuilder().add("name", name);
        if (organization != null) {
            body.add("organizationId", organization);
        }
        if (manages != null) {
            body.add("managesOrganization", manages);
        }
        return body.build();
    }

    private static List<Long> protocols(ApiClient client) {
        return TestAccount.ok(client.get("/tickets?limit=100")).getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getJsonNumber("protocol").longValue()).toList();
    }

    private static JsonObject statusId(long id) {
        return Json.createObjectBuilder().add("statusId", id).build();
    }

    private static JsonObject empty() {
        return Json.createObjectBuilder().build();
    }
}
