package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The agent's dashboard in the browser: agents land on it after login; a widget added, resized, moved and removed
 * stays so after a reload; a number follows a new ticket within the 5-second refresh and opens the list of those
 * tickets; an administrator's default for a permission group, refused field by field when incomplete, is what the
 * group's agents start with and get back with "reset to default". In Portuguese and English (and Spanish for the
 * fit), at 1366×768.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class DashboardBrowserIT {

    private static final String BASE_URL = TicketApiIT.BASE_URL;
    /** The panels of the widgets, in page order. */
    private static final String WIDGETS = "#dashboardForm\\:board > div > .hd-widget";

    private TestAccount account;

    @BeforeEach
    void setUp() {
        account = new TestAccount(BASE_URL);
    }

    @Test
    void anAgentArrangesTheDashboardKeepsItAndSeesANewTicketCounted() {
        try (Browser agent = Browsers.fresh(BASE_URL, "pt-BR")) {
            agent.signIn("/login.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(agent.currentUrl().contains("/agent/dashboard.xhtml"), agent.currentUrl());
            assertTrue(agent.waitForText(By.tagName("h1"), "Painel"));

            agent.choose("toolbarForm:toAdd", "Abertos por atendente");
            agent.click(By.id("toolbarForm:add"));
            agent.waitForAjax();
            assertTrue(agent.waitForText(By.id("dashboardForm:OPEN_BY_AGENT"), "Abertos por atendente"));
            List<String> before = widgets(agent);
            assertEquals("OPEN_BY_AGENT", before.get(before.size() - 1), "a new widget goes last");

            agent.click(By.id("dashboardForm:resize_OPEN_BY_AGENT"));
            agent.waitForAjax();
            assertTrue(isWide(agent, "OPEN_BY_AGENT"));
            agent.click(By.id("dashboardForm:earlier_OPEN_BY_AGENT"));
            agent.waitForAjax();
            assertEquals("OPEN_BY_AGENT", widgets(agent).get(before.size() - 2), "one place earlier");
            agent.click(By.id("dashboardForm:remove_OPEN_BY_SITUATION"));
            agent.waitForAjax();
            List<String> arranged = widgets(agent);
            assertFalse(arranged.contains("OPEN_BY_SITUATION"));
            assertEquals(before.size() - 1, arranged.size());
            assertEquals("OPEN_BY_AGENT", arranged.get(arranged.size() - 2));

            agent.open("/agent/dashboard.xhtml");
            assertTrue(agent.waitForText(By.tagName("h1"), "Painel"));
            assertEquals(arranged, widgets(agent), "kept on the server");
            assertTrue(isWide(agent, "OPEN_BY_AGENT"), "still wide");
            agent.assertFitsSmallScreen();
            agent.screenshot("dashboard-pt");
            agent.submit(By.id("sessionForm:langEs"));
            assertTrue(agent.waitForText(By.id("dashboardForm:OPEN_BY_AGENT"), "Abiertos por agente"));
            agent.assertFitsSmallScreen();
            agent.submit(By.id("sessionForm:langPt"));
            assertTrue(agent.waitForText(By.id("dashboardForm:OPEN_BY_AGENT"), "Abertos por atendente"));

            String unassigned = agent.text(By.id("dashboardForm:total_UNASSIGNED"));
            account.openSupportTicket(account.clientFor(account.customerEmail));
            assertTrue(agent.waitForText(By.id("dashboardForm:total_UNASSIGNED"),
                    String.valueOf(Long.parseLong(unassigned) + 1), Duration.ofSeconds(6)),
                    "the number follows a new ticket within the 5-second refresh");
            agent.submit(By.id("dashboardForm:total_UNASSIGNED"));
            assertTrue(agent.currentUrl().contains("/agent/tickets.xhtml?view=QUEUE&state=OPEN"),
                    agent.currentUrl());
            agent.open("/agent/dashboard.xhtml");
            agent.submit(By.id("dashboardLink"));
            assertTrue(agent.currentUrl().contains("/agent/dashboard.xhtml"), "the menu's dashboard link");
        }
    }

    @Test
    void aGroupsDefaultIsRefusedFieldByFieldThenGivenToItsAgentsAndBroughtBackByReset() {
        String groupName = "Plantão " + account.suffix;
        long group = TestAccount.created(account.admin.post("/permission-groups", Json.createObjectBuilder()
                .add("name", groupName).add("ticketVisibility", "LINKED_DEPARTMENTS").build()))
                .getJsonNumber("id").longValue();
        String email = "plantao-" + account.suffix + "@it.test";
        TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder().add("name", "Plantonista")
                .add("email", email).add("role", "AGENT").add("directory", "LOCAL").add("password", TestAccount.PASSWORD)
                .add("departmentIds", Json.createArrayBuilder().add(account.supportId)).add("permissionGroupId", group)
                .build()));
        String englishAdministrator = account.administratorSpeaking("en");
        try (Browser admin = Browsers.fresh(BASE_URL, "en")) {
            admin.signIn("/admin/dashboards.xhtml", englishAdministrator, TestAccount.PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Default dashboards"));
            admin.click(By.id("defaultForm:save"));
            admin.waitForAjax();
            String errors = admin.text(By.id("defaultForm"));
            for (String error : List.of("Choose a role or a permission group.", "Choose 7, 30 or 90 days.",
                    "Choose at least one widget.")) {
                assertTrue(errors.contains(error), error + " in " + errors);
            }
            assertEquals(3, admin.ids("#defaultForm .ui-message-error").size(), "each beside its field");
            admin.assertFitsSmallScreen();
            admin.screenshot("dashboard-defaults-errors-en");

            admin.choose("defaultForm:audience", "Group: " + groupName);
            admin.tick(admin.itemWithLabel("defaultForm:period", "7 days"), true);
            admin.tick("defaultForm:kinds:5:include_input", true);
            admin.type(By.id("defaultForm:kinds:5:position"), "1");
            admin.choose("defaultForm:kinds:5:size", "Wide");
            admin.tick("defaultForm:kinds:3:include_input", true);
            admin.type(By.id("defaultForm:kinds:3:position"), "2");
            admin.click(By.id("defaultForm:save"));
            admin.waitForAjax();
            assertTrue(admin.waitForText(By.id("listForm:defaults"), "Group: " + groupName));
            assertTrue(admin.text(By.id("listForm:defaults")).contains("SLA breached (Wide), Unassigned"));
        }
        try (Browser agent = Browsers.fresh(BASE_URL, "en")) {
            agent.signIn("/login.xhtml", email, TestAccount.PASSWORD);
            agent.submit(By.id("sessionForm:langEn"));
            assertTrue(agent.waitForText(By.tagName("h1"), "Dashboard"));
            assertEquals(List.of("SLA_BREACHED", "UNASSIGNED"), widgets(agent), "the group's default");
            assertTrue(isWide(agent, "SLA_BREACHED"));
            assertTrue(agent.pageText().contains("SLA breached"));
            agent.click(By.id("dashboardForm:remove_UNASSIGNED"));
            agent.waitForAjax();
            assertEquals(List.of("SLA_BREACHED"), widgets(agent));
            agent.assertFitsSmallScreen();
            agent.screenshot("dashboard-en");

            agent.click(By.id("toolbarForm:reset"));
            agent.click(By.id("toolbarForm:confirmYes"));
            agent.waitForAjax();
            assertTrue(agent.waitForText(By.id("messages"), "Default dashboard restored."));
            assertEquals(List.of("SLA_BREACHED", "UNASSIGNED"), widgets(agent));
        }
        JsonObject mine = TestAccount.ok(account.clientFor(email).get("/dashboard"));
        assertFalse(mine.getBoolean("personal"));
        assertEquals(7, mine.getInt("periodDays"));
    }

    /** The kinds of the widgets shown, in page order (a widget's panel is named by its kind). */
    private static List<String> widgets(Browser browser) {
        return browser.ids(WIDGETS).stream().map(id -> id.substring(id.indexOf(':') + 1)).toList();
    }

    private static boolean isWide(Browser browser, String widget) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById('dashboardForm:" + widget
                + "').parentElement.classList.contains('hd-widget-wide');"));
    }
}
