package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Agents open tickets for customers who called, wrote or came by (picking one, or registering them on the spot)
 * and cancel tickets for a reason (situation 4): the reason stays as an internal note the customer never sees, a
 * cancelled ticket has no closing time and can be reopened.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class AgentTicketsIT {

    private static TestAccount account;

    @BeforeAll
    static void server() {
        account = new TestAccount(TicketApiIT.BASE_URL);
    }

    @Test
    void agentsCancelTicketsForAReasonTheCustomerDoesNotSee() {
        ApiClient customer = account.clientFor(account.customerEmail);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        long ticket = account.openSupportTicket(customer);
        String path = "/tickets/" + ticket + "/cancel";

        TestAccount.assertInvalid(agent.post(path, Json.createObjectBuilder().add("reason", " ").build()), "reason");
        assertEquals(403, customer.post(path, reason("Não preciso mais")).status());
        assertEquals(404, account.clientFor(account.financeAgentEmail).post(path, reason("Engano")).status());

        JsonObject cancelled = TestAccount.ok(agent.post(path, reason("Duplicado do chamado anterior")));
        assertEquals("CANCELLED", cancelled.getString("situation"));
        assertEquals(JsonValue.ValueType.NULL, cancelled.getOrDefault("closedAt", JsonValue.NULL).getValueType(),
                "a cancelled ticket has no closing time");
        assertTrue(cancelled.toString().contains("Duplicado do chamado anterior"), "the agent sees the reason");
        assertFalse(customer.get("/tickets/" + ticket).body().contains("Duplicado do chamado anterior"),
                "the reason is an internal note");
        TestAccount.assertInvalid(agent.post(path, reason("De novo")), "situation");
        assertEquals("WAITING_FOR_AGENT", TestAccount.ok(agent.post("/tickets/" + ticket + "/reopen",
                Json.createObjectBuilder().build())).getString("situation"));
    }

    @Tag("browser")
    @Test
    void agentsOpenTicketsForCustomersWhoCalledAndRegisterNewOnesOnTheSpot() {
        String newcomer = "walk-in-" + account.suffix + "@it.test";
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/new-customer-ticket.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            browser.type(By.id("ticketForm:customerEmail_input"), newcomer);
            browser.choose("ticketForm:departmentId", "Support " + account.suffix);
            browser.choose("ticketForm:categoryId", "Access");
            browser.type(By.id("ticketForm:subject"), "Ligou sem acesso " + account.suffix);
            browser.type(By.id("ticketForm:message"), "Cliente ligou: não consegue entrar.");
            browser.click(By.id("ticketForm:openTicket"));
            assertTrue(browser.waitForText(By.id("ticketForm"), "não cadastrado"),
                    "an unknown address without a name is refused beside the field: " + browser.pageText());

            browser.type(By.id("ticketForm:customerName"), "Quem Veio");
            browser.choose("ticketForm:channel", "Pessoalmente");
            browser.click(By.id("ticketForm:openTicket"));
            assertTrue(browser.waitForText(By.id("customer"), "Quem Veio"), browser.pageText());
            assertTrue((Boolean) browser.script(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
            browser.screenshot("agent-opened-customer-ticket");
        }
        JsonObject ticket = TestAccount.ok(account.admin.get("/tickets?q="
                        + URLEncoder.encode("Ligou sem acesso " + account.suffix, StandardCharsets.UTF_8)))
                .getJsonArray("items").getJsonObject(0);
        assertEquals("Quem Veio", ticket.getString("customerName"));
        assertEquals("IN_PERSON", TestAccount.ok(account.admin.get("/tickets/"
                + ticket.getJsonNumber("protocol").longValue())).getString("channel"));
    }

    private static JsonObject reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build();
    }
}
