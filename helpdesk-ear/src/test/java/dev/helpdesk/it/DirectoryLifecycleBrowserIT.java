package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In headless Chromium: Management › Departments renames, moves and deactivates a department, with every wrong
 * field refused beside it at once; Management › Scheduled jobs refuses a schedule of zero minutes beside the
 * field; the ticket page writes dates as the agent's language does and asks before scheduling a start that has
 * passed. No page is wider than the window.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class DirectoryLifecycleBrowserIT {

    private static final String BASE_URL = TicketApiIT.BASE_URL;
    private static final String ADMIN = "admin@helpdesk.test";
    private static final String ADMIN_PASSWORD = "admin-test-password";

    private TestAccount account;

    @BeforeEach
    void setUp() {
        account = new TestAccount(BASE_URL);
    }

    @Test
    void anAdministratorRenamesMovesAndDeactivatesADepartment() {
        String renamed = "Financeiro " + account.suffix;
        ApiClient customer = account.clientFor(account.customerEmail);
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/admin/departments.xhtml", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Departamentos"));
            admin.click(rowButton("Finance " + account.suffix, "edit"));
            assertTrue(admin.waitForValue(By.id("editForm:name"), "Finance " + account.suffix));

            admin.type(By.id("editForm:name"), " ");
            admin.retype(By.id("editForm:position"), "0");
            admin.click(By.id("editForm:save"));
            assertTrue(admin.waitForText(By.cssSelector("[id='editForm'] .ui-message-error"), "Campo obrigatório"),
                    "the name says what is wrong");
            assertTrue(admin.text(By.id("editForm")).contains("Informe uma posição de 1 em diante"),
                    "and the position too, at once");
            admin.screenshot("admin-department-refused");

            admin.retype(By.id("editForm:name"), renamed);
            admin.retype(By.id("editForm:position"), "1");
            admin.click(By.id("editForm:save"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "Departamento " + renamed
                    + " salvo"));
            assertTrue(admin.waitForText(By.cssSelector("[id='listForm:departmentTable_data'] tr:first-child"),
                    renamed), "position 1 is the first row");
            assertEquals(1, department(account.admin, account.financeId).orElseThrow().getInt("position"));

            admin.click(rowButton(renamed, "down"));
            admin.waitForAjax();
            assertTrue(admin.waitForText(By.cssSelector("[id='listForm:departmentTable_data'] tr:nth-child(2)"),
                    renamed), "moved one row down");
            assertEquals(2, department(account.admin, account.financeId).orElseThrow().getInt("position"));
            admin.click(rowButton(renamed, "up"));
            admin.waitForAjax();
            assertTrue(admin.waitForText(By.cssSelector("[id='listForm:departmentTable_data'] tr:first-child"),
                    renamed), "and back up");

            admin.click(By.cssSelector("[id='editForm:active'] .ui-toggleswitch-slider"));
            admin.click(By.id("editForm:save"));
            assertTrue(admin.waitForText(By.cssSelector("[id='listForm:departmentTable_data'] tr:first-child"),
                    "(inativo)"), "the list still shows it, marked");
            admin.screenshot("admin-department-deactivated");
            assertFitsTheWindow(admin);
        }
        assertFalse(department(account.admin, account.financeId).orElseThrow().getBoolean("active"));
        assertTrue(department(customer, account.financeId).isEmpty(), "no longer offered for new tickets");
        try (Browser person = Browsers.fresh(BASE_URL, "pt-BR")) {
            person.signIn("/customer/new-ticket.xhtml", account.customerEmail, TestAccount.PASSWORD);
            assertTrue(person.waitForText(By.tagName("h1"), "Abrir chamado"));
            String offered = person.script("return document.querySelector(\"select[id$='departmentId_input']\")"
                    + ".textContent").toString();
            assertFalse(offered.contains(renamed), "the customer's form does not offer it");
            assertTrue(offered.contains("Support " + account.suffix), "the others it does");
        }
        TestAccount.ok(account.admin.put("/departments/" + account.financeId, Json.createObjectBuilder()
                .add("name", renamed).add("active", true).build()));
        assertTrue(department(customer, account.financeId).isPresent(), "reactivated, it is offered again");
    }

    @Test
    void aScheduleOfZeroMinutesIsRefusedBesideTheField() {
        JsonObject before = account.admin.get("/jobs").jsonValue().asJsonArray().getJsonObject(0);
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/admin/jobs.xhtml", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Tarefas agendadas"));
            admin.retype(By.id("jobsForm:jobs:0:everyMinutes_input"), "0");
            admin.click(By.id("jobsForm:jobs:0:saveSchedule"));
            admin.waitForAjax();
            admin.screenshot("admin-job-schedule-refused");
            assertTrue(admin.waitForText(By.cssSelector("[id='jobsForm:jobs_data'] tr:first-child .ui-message-error"),
                    "Informe de 1 minuto a 7 dias"), "the refusal is beside the job's field");
            assertEquals("0", admin.script("return document.getElementById('jobsForm:jobs:0:everyMinutes_input')"
                    + ".value").toString(), "what was typed stays to be corrected");
            assertFitsTheWindow(admin);
        }
        JsonObject after = account.admin.get("/jobs").jsonValue().asJsonArray().getJsonObject(0);
        assertEquals(before.getString("name"), after.getString("name"));
        assertEquals(before.getInt("everyMinutes"), after.getInt("everyMinutes"), "nothing was saved");
        assertEquals(before.getBoolean("enabled"), after.getBoolean("enabled"));
    }

    @Test
    void aStartInThePastIsScheduledOnlyOnceConfirmedAndDatesFollowTheAgentsLanguage() {
        ApiClient agentApi = account.clientFor(account.supportAgentEmail);
        TestAccount.ok(agentApi.put("/me/language", Json.createObjectBuilder().add("language", "en").build()));
        long protocol = account.openSupportTicket(account.clientFor(account.customerEmail));
        try (Browser agent = Browsers.fresh(BASE_URL, "en")) {
            agent.signIn("/agent/ticket.xhtml?protocol=" + protocol, account.supportAgentEmail, TestAccount.PASSWORD);
            assertEquals("yyyy-mm-dd hh:mm", agent.script("return document.getElementById('actionsForm:scheduleAt')"
                    + ".placeholder"), "the placeholder is the English one");
            agent.type(By.id("actionsForm:scheduleAt"), "05/01/2020 10:00");
            agent.submit(By.id("actionsForm:schedule"));
            assertTrue(agent.waitForText(By.id("actionsForm"), "Enter the date and time as yyyy-mm-dd hh:mm"),
                    "a Portuguese date is refused in English, saying how to write it");

            agent.type(By.id("actionsForm:scheduleAt"), "2020-01-05 10:00");
            agent.submit(By.id("actionsForm:schedule"));
            assertTrue(agent.waitForText(By.id("actionsForm"), "The chosen start (2020-01-05 10:00) has already passed"),
                    "a start in the past is asked about");
            assertEquals("Confirm schedule", agent.text(By.id("actionsForm:schedule")));
            JsonObject unscheduled = TestAccount.ok(agentApi.get("/tickets/" + protocol));
            assertTrue(!unscheduled.containsKey("schedule") || unscheduled.isNull("schedule"), "not yet scheduled");
            agent.screenshot("agent-schedule-past-confirm");
            assertFitsTheWindow(agent);

            agent.submit(By.id("actionsForm:schedule"));
            assertTrue(agent.waitForText(By.id("actionsForm:scheduled"), "Scheduled for 2020-01-05 10:00"),
                    "confirmed, it is scheduled");
        }
        JsonObject schedule = TestAccount.ok(agentApi.get("/tickets/" + protocol)).getJsonObject("schedule");
        assertTrue(schedule.getString("start").startsWith("2020-01-05T1"), schedule::toString);
    }

    private static By rowButton(String departmentName, String button) {
        return By.xpath("//tbody[@id='listForm:departmentTable_data']/tr[.//span[contains(@class, 'department-name')"
                + " and normalize-space(.) = '" + departmentName + "']]//button[contains(@id, ':" + button + "')]");
    }

    private static void assertFitsTheWindow(Browser browser) {
        assertEquals(Boolean.TRUE, browser.script(
                "return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scrolling");
    }

    /** The department as the client's GET /departments lists it (administrators: inactive ones too). */
    private Optional<JsonObject> department(ApiClient client, long id) {
        ApiClient.Response departments = client.get("/departments?includeInactive=" + (client == account.admin));
        assertEquals(200, departments.status(), departments::toString);
        return departments.jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("id").longValue() == id).findFirst();
    }
}
