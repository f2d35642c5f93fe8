package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two-factor authentication (D1) with codes from Debian's {@code oathtool}, the way an authenticator app makes
 * them: an agent turns it on through the API, then signs in to the panel with a code; the same code is refused the
 * second time, a recovery code works once, five wrong codes lock the key, and an account that requires two factors
 * sends an agent without them to set it up.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class TwoFactorIT {

    @Test
    void anAgentSignsInWithACodeFromOathtoolOnceAndWithARecoveryCodeOnce() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        JsonObject enrolment = agent.post("/me/two-factor", Json.createObjectBuilder().build()).json();
        String secret = enrolment.getString("secret");
        assertTrue(enrolment.getString("otpauthUri").startsWith("otpauth://totp/Helpdesk%3A"), enrolment::toString);
        ApiClient.Response wrong = agent.post("/me/two-factor/confirm", code("000000"));
        assertEquals(400, wrong.status());
        assertEquals("code", wrong.json().getString("field"));
        ApiClient.Response confirmed = agent.post("/me/two-factor/confirm", code(oathtool(secret, 0)));
        assertEquals(200, confirmed.status(), confirmed.toString());
        List<String> recovery = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(10, recovery.size());
        assertTrue(agent.get("/me/two-factor").json().getBoolean("enabled"));

        String next = oathtool(secret, 30);
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.tagName("body"), "do aplicativo autenticador"),
                    "the password alone does not open the panel");
            browser.type(By.id("codeForm:code"), "123456");
            browser.submit(By.id("codeForm:verify"));
            assertTrue(browser.waitForText(By.id("codeForm:messages"), "Código incorreto"));
            browser.type(By.id("codeForm:code"), next);
            browser.submit(By.id("codeForm:verify"));
            assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"), "the code from oathtool opens the panel");
            browser.screenshot("agent-signed-in-with-two-factors");
            browser.signOut();

            browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            browser.type(By.id("codeForm:code"), next);
            browser.submit(By.id("codeForm:verify"));
            assertTrue(browser.waitForText(By.id("codeForm:messages"), "já foi usado"), "a code works once");

            browser.type(By.id("codeForm:code"), recovery.get(0).toUpperCase());
            browser.submit(By.id("codeForm:verify"));
            assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"), "a recovery code stands in for the app");
            browser.signOut();
            browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            browser.type(By.id("codeForm:code"), recovery.get(0));
            browser.submit(By.id("codeForm:verify"));
            assertTrue(browser.waitForText(By.id("codeForm:messages"), "Código incorreto"),
                    "a recovery code works once");

            for (int i = 0; i < 4; i++) {
                browser.type(By.id("codeForm:code"), "99999" + i);
                browser.submit(By.id("codeForm:verify"));
            }
            browser.type(By.id("codeForm:code"), oathtool(secret, 60));
            browser.submit(By.id("codeForm:verify"));
            assertTrue(browser.waitForText(By.id("codeForm:messages"), "bloqueada por 5 minutos"),
                    "after five wrong codes even the right one waits");
        }
        assertEquals(200, agent.get("/tickets").status(), "API tokens are a credential of their own");
    }

    @Test
    void anAccountThatRequiresTwoFactorsSendsAnAgentWithoutThemToSetItUp() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        SavedSetting twoFactor = SavedSetting.read(account.admin, "/account/two-factor");
        assertEquals(403, account.clientFor(account.supportAgentEmail).put("/account/two-factor",
                Json.createObjectBuilder().add("required", true).build()).status());
        try (Browser admin = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            admin.signIn("/admin/account.xhtml", "admin@helpdesk.test", "admin-test-password");
            admin.open("/admin/account.xhtml?tab=security");
            admin.tick("securityForm:requireTwoFactor_input", true);
            admin.type(By.id("securityForm:agentAllowList"), "10.0.0.0/8");
            admin.click(By.id("securityForm:saveSecurity"));
            assertTrue(admin.waitForText(By.id("securityForm"), "bloquearia você mesmo"),
                    "the warning before an administrator locks themself out, beside the list");
            admin.retype(By.id("securityForm:agentAllowList"), "");
            admin.click(By.id("securityForm:saveSecurity"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "segurança salvas"));
        }
        assertTrue(account.admin.get("/account/two-factor").json().getBoolean("required"));
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/tickets.xhtml", account.financeAgentEmail, TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Verificação em duas etapas"));
            browser.open("/agent/customers.xhtml");
            assertTrue(browser.waitForText(By.tagName("h1"), "Verificação em duas etapas"),
                    "every panel page leads here until it is set up");
            browser.click(By.id("enrolForm:start"));
            String secret = browser.text(By.id("enrolForm:secret")).replace(" ", "");
            browser.screenshot("agent-two-factor-setup");
            browser.type(By.id("enrolForm:code"), oathtool(secret, 0));
            browser.click(By.id("enrolForm:confirm"));
            assertTrue(browser.waitForText(By.id("recoveryCodes"), "-"), "the recovery codes are shown once");
            browser.open("/agent/customers.xhtml");
            assertTrue(browser.waitForText(By.tagName("h1"), "Clientes"), "set up, the panel opens again");
        } finally {
            twoFactor.restore();
        }
    }

    private static JsonObject code(String code) {
        return Json.createObjectBuilder().add("code", code).build();
    }

    /** The code Debian's oathtool computes for the secret, {@code offsetSeconds} from now. */
    static String oathtool(String base32Secret, long offsetSeconds) throws IOException, InterruptedException {
        long at = Instant.now().getEpochSecond() + offsetSeconds;
        Process process = new ProcessBuilder("oathtool", "--totp", "--base32", "--now", "@" + at, base32Secret)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertEquals(0, process.waitFor(), output);
        return output;
    }
}
