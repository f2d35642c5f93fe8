package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Management pages for what administrators did only through the API: the audit log and its chain check, the
 * outbox, single sign-on and the account e-mails in the account settings, an agent's work shift and two-factor
 * reset, a directory customer's account name. Each page fits a 1366×768 screen and speaks the viewer's language;
 * agents are refused the pages.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class AdminPagesBrowserIT {

    private static final String BASE_URL = TicketApiIT.BASE_URL;
    private static final String ADMIN = "admin@helpdesk.test";
    private static final String ADMIN_PASSWORD = "admin-test-password";
    private static final ZoneId ACCOUNT_ZONE = ZoneId.of("America/Sao_Paulo");

    private TestAccount account;

    @BeforeEach
    void setUp() {
        Mailbox.started();
        account = new TestAccount(BASE_URL);
    }

    @Test
    void agentsAreRefusedTheManagementPages() {
        try (Browser agent = Browsers.fresh(BASE_URL, "pt-BR")) {
            agent.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(agent.waitForText(By.tagName("h1"), "Chamados"));
            for (String page : List.of("/admin/audit.xhtml", "/admin/outbox.xhtml", "/admin/account.xhtml?tab=sso",
                    "/admin/account.xhtml?tab=mails", "/admin/agents.xhtml")) {
                agent.open(page);
                assertTrue(agent.waitForText(By.tagName("body"), "Você não tem acesso a esta página"), page);
                assertFalse(agent.pageText().contains("Registro de auditoria"), page);
            }
        }
    }

    @Test
    void administratorSearchesTheAuditLogByWhoWhatAndDaysAndChecksTheChain() {
        String name = "Auditada " + account.suffix;
        long customerId = TestAccount.created(account.admin.post("/customers", Json.createObjectBuilder()
                .add("name", name).add("email", "auditada-" + account.suffix + "@it.test")
                .add("directory", "LDAP").build())).getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(ACCOUNT_ZONE);
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/admin/agents.xhtml", ADMIN, ADMIN_PASSWORD);
            admin.submit(By.id("auditLink"));
            assertTrue(admin.waitForText(By.tagName("h1"), "Registro de auditoria"));
            admin.assertFitsSmallScreen();

            admin.type(By.id("auditForm:actor"), ADMIN);
            admin.choose("auditForm:action", "Cliente cadastrado");
            admin.choose("auditForm:objectType", "Cliente");
            admin.type(By.id("auditForm:objectId"), String.valueOf(customerId));
            admin.retype(By.id("auditForm:from_input"), typed.format(today));
            admin.retype(By.id("auditForm:until_input"), typed.format(today));
            admin.click(By.id("auditForm:search"));
            admin.waitForAjax();
            assertTrue(admin.waitForText(By.id("auditForm:entries"), "Cliente cadastrado"));
            String rows = admin.text(By.id("auditForm:entries"));
            assertTrue(rows.contains(name), rows);
            assertTrue(rows.contains(typed.format(today)), "the day in the viewer's format: " + rows);
            assertFalse(rows.contains("CUSTOMER_CREATED"), "actions in words, not codes: " + rows);
            assertEquals(1, admin.script("return document.querySelectorAll("
                    + "\"[id='auditForm:entries_data'] tr\").length;")
                    instanceof Number n ? n.intValue() : -1, rows);
            admin.assertFitsSmallScreen();

            admin.retype(By.id("auditForm:from_input"), typed.format(today.plusDays(1)));
            admin.retype(By.id("auditForm:until_input"), typed.format(today.plusDays(2)));
            admin.click(By.id("auditForm:search"));
            assertTrue(admin.waitForText(By.id("auditForm:entries"), "Nenhum registro encontrado"),
                    "nothing happened tomorrow");

            admin.retype(By.id("auditForm:until_input"), typed.format(today));
            admin.click(By.id("auditForm:search"));
            assertTrue(admin.waitForText(By.id("auditForm:untilMessage"), "A data final vem antes da inicial"),
                    "the message stands beside the field");

            admin.click(By.id("verifyForm:verify"));
            assertTrue(admin.waitForText(By.id("verifyForm:chainResult"), "Cadeia íntegra"));
            admin.screenshot("admin-audit");
        }
    }

    @Test
    void administratorReadsTheOutboxByState() throws Exception {
        String customerEmail = account.customerEmail;
        assertEquals(202, ApiClient.admin(BASE_URL).post("/password-resets", Json.createObjectBuilder()
                .add("email", customerEmail).build()).status());
        Outbox.awaitAllSettled(account.admin);
        String english = account.administratorSpeaking("en");
        try (Browser admin = Browsers.fresh(BASE_URL, "en")) {
            admin.signIn("/admin/outbox.xhtml", english, TestAccount.PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Outbox"));
            admin.assertFitsSmallScreen();
            admin.choose("outboxForm:state", "Sent");
            admin.click(By.id("outboxForm:filter"));
            admin.waitForAjax();
            assertTrue(admin.waitForText(By.id("outboxForm:mails"), customerEmail), "the newest mail comes first");
            String rows = admin.text(By.id("outboxForm:mails"));
            assertTrue(rows.contains("Sent"), rows);
            assertFalse(rows.contains("SENT"), "states in words, not codes: " + rows);
            admin.assertFitsSmallScreen();
            admin.screenshot("admin-outbox");
            admin.choose("outboxForm:state", "Failed");
            admin.click(By.id("outboxForm:filter"));
            admin.waitForAjax();
            assertFalse(admin.text(By.id("outboxForm:mails")).contains(customerEmail));
        }
    }

    @Test
    void administratorSetsUpSingleSignOnInTheAccountSettings() {
        SavedSetting sso = SavedSetting.read(account.admin, "/account/sso", "secretSet");
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/admin/account.xhtml?tab=sso", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h2"), "Login único"));
            admin.assertFitsSmallScreen();
            assertTrue(admin.text(By.id("ssoForm:agentAddress")).endsWith("/sso/agent?jwt=…"));
            admin.type(By.id("ssoForm:secret"), "curto");
            admin.tick("ssoForm:ssoAgents_input", true);
            admin.click(By.id("ssoForm:saveSso"));
            assertTrue(admin.waitForText(By.id("ssoForm:secretMessage"), "16"), "beside the secret");
            admin.type(By.id("ssoForm:secret"), "um-segredo-compartilhado-" + account.suffix);
            admin.type(By.id("ssoForm:customerLoginUrl"), "not an address");
            admin.click(By.id("ssoForm:saveSso"));
            assertTrue(admin.waitForText(By.id("ssoForm:customerLoginUrlMessage"), "endereço"),
                    "beside the address");
            admin.type(By.id("ssoForm:secret"), "um-segredo-compartilhado-" + account.suffix);
            admin.type(By.id("ssoForm:customerLoginUrl"), "https://intranet.example/entrar");
            admin.click(By.id("ssoForm:saveSso"));
            assertTrue(admin.waitForText(By.id("messages"), "Login único salvo"));
            assertTrue(admin.waitForText(By.id("ssoForm:secretState"), "Há um segredo guardado"));
            admin.screenshot("admin-account-sso");
            JsonObject saved = TestAccount.ok(account.admin.get("/account/sso"));
            assertTrue(saved.getBoolean("secretSet"));
            assertTrue(saved.getBoolean("agents"));
            assertEquals("https://intranet.example/entrar", saved.getString("customerLoginUrl"));
        } finally {
            sso.restore();
        }
    }

    @Test
    void administratorChoosesWhoGetsTheAccountEmails() {
        String chosen = "mails-" + account.suffix + "@it.test";
        long chosenId = TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                .add("name", "Quem Recebe " + account.suffix).add("email", chosen).add("role", "ADMIN")
                .add("directory", "LOCAL").add("password", TestAccount.PASSWORD)
                .add("departmentIds", Json.createArrayBuilder().add(account.supportId)).build()))
                .getJsonNumber("id").longValue();
        SavedSetting recipients = SavedSetting.read(account.admin, "/account/mail-recipients");
        String spanish = account.administratorSpeaking("es");
        try (Browser admin = Browsers.fresh(BASE_URL, "es")) {
            admin.signIn("/admin/account.xhtml?tab=mails", spanish, TestAccount.PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h2"), "Correos de la cuenta"));
            assertTrue(admin.pageText().contains("Fallos de tareas programadas"));
            admin.assertFitsSmallScreen();
            // the fourth kind: owner changes
            admin.tick(admin.itemWithLabel("mailsForm:kinds:3:audience", "Solo los administradores marcados"), true);
            admin.tick(admin.itemWithLabel("mailsForm:kinds:3:agentIds", "Quem Recebe " + account.suffix
                    + " (" + chosen + ")"), true);
            admin.screenshot("admin-account-mails");
            admin.click(By.id("mailsForm:saveMails"));
            assertTrue(admin.waitForText(By.id("messages"), "guardad"));
            JsonObject saved = TestAccount.ok(account.admin.get("/account/mail-recipients"));
            assertEquals(Json.createArrayBuilder().add(chosenId).build(),
                    saved.getJsonObject("OWNER_CHANGED").getJsonArray("agentIds"));
            assertEquals(recipients.value().getJsonObject("JOB_FAILED"), saved.getJsonObject("JOB_FAILED"));
        } finally {
            recipients.restore();
        }
    }

    @Test
    void administratorBindsAnAgentToAShiftAndResetsTheirSecondFactor() {
        String shiftName = "Comercial " + account.suffix;
        long shiftId = TestAccount.created(account.admin.post("/sla/shifts", Json.createObjectBuilder()
                .add("name", shiftName).add("hours", Json.createObjectBuilder().add("MONDAY",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("start", "08:00")
                                .add("end", "18:00")))).build())).getJsonNumber("id").longValue();
        JsonObject agent = account.admin.get("/agents").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(a -> a.getString("email").equals(account.supportAgentEmail))
                .findFirst().orElseThrow();
        long agentId = agent.getJsonNumber("id").longValue();
        String row = "//tr[td[contains(., '" + account.supportAgentEmail + "')]]";
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/admin/agents.xhtml", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Atendentes"));
            admin.assertFitsSmallScreen();
            admin.click(By.xpath(row + "//button[contains(@id, ':edit')]"));
            admin.choose("agentForm:shiftId", shiftName);
            admin.click(By.id("agentForm:save"));
            assertTrue(admin.waitForText(By.xpath(row), shiftName), "the list shows the shift");
            assertEquals(shiftId, agentNamed(account.supportAgentEmail).getJsonNumber("accessShiftId").longValue());

            admin.click(By.xpath(row + "//button[contains(@id, ':resetTwoFactor')]"));
            assertTrue(admin.waitForText(By.id("listForm:confirmDialog"), agent.getString("name")),
                    "asked first, naming the agent");
            admin.screenshot("admin-agents-reset-two-factor");
            admin.click(By.id("listForm:confirmYes"));
            assertTrue(admin.waitForText(By.id("messages"), "Verificação em duas etapas de " + agent.getString("name")
                    + " redefinida"));
            admin.assertFitsSmallScreen();

            admin.click(By.xpath(row + "//button[contains(@id, ':edit')]"));
            admin.choose("agentForm:shiftId", "Sem turno (entra a qualquer hora)");
            admin.click(By.id("agentForm:save"));
            admin.waitForAjax();
            assertTrue(admin.waitForText(By.id("messages"), "Alterações salvas"));
        }
        assertFalse(agentNamed(account.supportAgentEmail).containsKey("accessShiftId"), "freed again");
        assertTrue(account.admin.get("/audit?action=TWO_FACTOR_RESET&objectType=agent&objectId=" + agentId).body()
                .contains("\"actor\":\"" + ADMIN + "\""), "the reset is audited");
    }

    @Test
    void administratorGivesADirectoryCustomerTheirAccountName() {
        String name = "Diretório " + account.suffix;
        long customerId = TestAccount.created(account.admin.post("/customers", Json.createObjectBuilder()
                .add("name", name).add("email", "dircli-" + account.suffix + "@it.test")
                .add("directory", "LDAP").build())).getJsonNumber("id").longValue();
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/agent/customers.xhtml", ADMIN, ADMIN_PASSWORD);
            admin.type(By.id("listForm:search"), name);
            admin.click(By.id("listForm:find"));
            admin.waitForAjax();
            String row = "//tr[td[contains(., '" + name + "')]]";
            admin.click(By.xpath(row + "//button[contains(@id, ':edit')]"));
            assertTrue(admin.waitForText(By.id("customerForm"), "Alterar cliente"));
            admin.type(By.id("customerForm:directoryAccount"), "nome com espaço");
            admin.click(By.id("customerForm:save"));
            assertTrue(admin.waitForText(By.id("customerForm:directoryAccountMessage"), "Conta inválida"),
                    "beside the field");
            admin.type(By.id("customerForm:directoryAccount"), "dircli" + account.suffix);
            admin.click(By.id("customerForm:save"));
            assertTrue(admin.waitForText(By.id("messages"), "Alterações salvas"));
            admin.assertFitsSmallScreen();

            admin.type(By.id("listForm:search"), account.customerEmail);
            admin.click(By.id("listForm:find"));
            admin.waitForAjax();
            admin.click(By.xpath("//tr[td[contains(., '" + account.customerEmail + "')]]"
                    + "//button[contains(@id, ':edit')]"));
            admin.waitForAjax();
            assertTrue(admin.script("return document.getElementById('customerForm:directoryAccount');") == null,
                    "a customer with a help desk password has no directory account");
        }
        assertEquals("dircli" + account.suffix, TestAccount.ok(account.admin.get("/customers/" + customerId))
                .getString("directoryAccount"));
    }

    private JsonObject agentNamed(String email) {
        return account.admin.get("/agents").jsonValue().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("email").equals(email)).findFirst().orElseThrow();
    }
}
