package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * IP restriction (D3) at its edges: separate lists for agents and customers, CIDR and from–to bounds, the
 * X-Forwarded-For header believed only from a trusted proxy, the warning before an administrator locks themself
 * out, and the refusal page.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class IpRestrictionIT {

    @Test
    void agentsAndCustomersComeOnlyFromTheirListedAddresses() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        ApiClient customer = account.clientFor(account.customerEmail);
        SavedSetting ipRestriction = SavedSetting.read(admin, "/account/ip-restriction");
        try {
            ApiClient.Response lockOut = admin.put("/account/ip-restriction", rules("10.0.0.0/8", "", ""));
            assertEquals(400, lockOut.status(), "the administrator is warned before locking themself out");
            assertEquals("agentAllowList", lockOut.json().getString("field"));
            ApiClient.Response malformed = admin.put("/account/ip-restriction", rules("127.0.0.1\n10.0.0.300", "",
                    ""));
            assertEquals("agentAllowList", malformed.json().getString("field"));
            assertEquals(403, agent.put("/account/ip-restriction", rules("", "", "")).status());

            JsonObject saved = admin.put("/account/ip-restriction",
                    rules("127.0.0.1\n10.1.0.0/16", "127.0.0.1, 10.9.0.1-10.9.0.10", "127.0.0.1")).json();
            assertEquals("127.0.0.1\n10.1.0.0/16", saved.getString("agentAllowList"));

            assertEquals(200, agent.get("/tickets").status(), "127.0.0.1 is listed");
            assertEquals(200, agent.getForwardedFor("/tickets", "10.1.0.0").status(), "first of the block");
            assertEquals(200, agent.getForwardedFor("/tickets", "10.1.255.255").status(), "last of the block");
            ApiClient.Response outside = agent.getForwardedFor("/tickets", "10.2.0.0");
            assertEquals(403, outside.status(), "just past the block");
            assertEquals("address_not_allowed", outside.json().getString("error"));
            assertEquals(403, agent.getForwardedFor("/tickets", "10.9.0.5").status(),
                    "the customers' list is not the agents'");

            assertEquals(200, customer.getForwardedFor("/tickets", "10.9.0.1").status(), "from");
            assertEquals(200, customer.getForwardedFor("/tickets", "10.9.0.10").status(), "to");
            assertEquals(403, customer.getForwardedFor("/tickets", "10.9.0.11").status(), "past the range");
            assertEquals(403, customer.getForwardedFor("/tickets", "10.1.0.1").status());

            admin.put("/account/ip-restriction", rules("127.0.0.1\n10.1.0.0/16", "10.9.0.1-10.9.0.10", ""));
            assertEquals(200, agent.getForwardedFor("/tickets", "10.2.0.0").status(),
                    "with no trusted proxy the header is ignored: the connection's own address counts");
            assertEquals(403, customer.get("/tickets").status(), "customers may no longer come from 127.0.0.1");
            try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
                browser.signIn("/customer/tickets.xhtml", account.customerEmail, TestAccount.PASSWORD);
                assertTrue(browser.waitForText(By.id("refusal"), "127.0.0.1"), "a clear refusal page");
                browser.screenshot("ip-restriction-refusal");
            }
            assertTrue(admin.get("/audit?action=LOGIN_REFUSED_ADDRESS&actor=" + account.customerEmail).jsonValue()
                    .asJsonArray().size() > 0, "the refusal is in the audit log");
        } finally {
            ipRestriction.restore();
        }
        assertEquals(200, customer.get("/tickets").status());
    }

    private static JsonObject rules(String agents, String customers, String proxies) {
        return Json.createObjectBuilder().add("agentAllowList", agents).add("customerAllowList", customers)
                .add("trustedProxies", proxies).build();
    }
}
