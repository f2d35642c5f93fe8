package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Work-shift access (D4): an agent bound to today's shift works today; when the shift is over (the server's
 * clock moved to tomorrow) the agent's next request logs them out with a clear message, the API refuses them, and
 * a new login is refused; agents who are not bound, and customers, are unaffected.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class ShiftAccessIT {

    private final ServerClock clock = ServerClock.managed();

    @Test
    void anAgentWorksOnlyInsideTheirShift() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        String today = LocalDate.now(ZoneId.of("America/Sao_Paulo")).getDayOfWeek().name();
        long shift = TestAccount.created(admin.post("/sla/shifts", Json.createObjectBuilder()
                .add("name", "Hoje " + account.suffix).add("hours", Json.createObjectBuilder().add(today,
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("start", "00:00")
                                .add("end", "00:00")))).build())).getJsonNumber("id").longValue();
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        long agentId = agent.get("/me").json().getJsonNumber("id").longValue();
        assertEquals(403, agent.put("/agents/" + agentId + "/access-shift", Json.createObjectBuilder()
                .add("shiftId", shift).build()).status(), "administrators only");
        assertEquals("shiftId", admin.put("/agents/" + agentId + "/access-shift", Json.createObjectBuilder()
                .add("shiftId", 999_999_999L).build()).json().getString("field"));
        assertEquals(200, admin.put("/agents/" + agentId + "/access-shift", Json.createObjectBuilder()
                .add("shiftId", shift).build()).status());
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"), "inside the shift");
            assertEquals(200, agent.get("/tickets").status());

            clock.shift(Duration.ofDays(1));
            browser.open("/agent/tickets.xhtml");
            assertTrue(browser.waitForText(By.id("outsideShift"), "Fora do seu turno"),
                    "logged out at the next request, with the reason");
            ApiClient.Response refused = agent.get("/tickets");
            assertEquals(403, refused.status());
            assertEquals("outside_work_shift", refused.json().getString("error"));
            browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.id("loginForm:messages"), "Fora do seu turno"));
            assertEquals(200, account.clientFor(account.financeAgentEmail).get("/tickets").status(),
                    "an agent without a shift is not bound");
            assertEquals(200, account.clientFor(account.customerEmail).get("/tickets").status());
        } finally {
            clock.reset();
            admin.put("/agents/" + agentId + "/access-shift", Json.createObjectBuilder().addNull("shiftId").build());
        }
        assertEquals(200, agent.get("/tickets").status(), "freed from the shift");
    }
}
