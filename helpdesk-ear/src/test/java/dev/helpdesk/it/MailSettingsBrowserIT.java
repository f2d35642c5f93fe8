package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The mail settings in the browser: an administrator blocks a domain in Management › E-mail channel (a bad entry
 * gets its message beside the field) and unblocks it, and sets a department's mail sender in Management ›
 * Departments.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class MailSettingsBrowserIT {

    private static final String ADMIN = "admin@helpdesk.test";
    private static final String ADMIN_PASSWORD = "admin-test-password";

    @Test
    void anAdministratorBlocksAndUnblocksADomain() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        String domain = "spam-" + account.suffix + ".test";
        try (Browser admin = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            admin.signIn("/admin/mail-channel.xhtml", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Canal de e-mail"));
            assertTrue(admin.pageText().contains("Remetentes bloqueados"));
            admin.type(By.id("blocklistForm:blockedEntry"), "sem-dominio");
            admin.click(By.id("blocklistForm:block"));
            assertTrue(admin.waitForText(By.id("blocklistForm"), "Informe um e-mail"), "the field says what is wrong");
            admin.retype(By.id("blocklistForm:blockedEntry"), "@" + domain.toUpperCase());
            admin.click(By.id("blocklistForm:block"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "bloqueado"));
            By row = By.xpath("//tr[contains(., '" + domain + "')]");
            assertTrue(admin.waitForText(row, "Domínio e subdomínios"));
            admin.screenshot("admin-mail-channel-blocklist");
            assertTrue(account.admin.get("/mail-channel/blocked-senders").jsonValue().asJsonArray().stream()
                    .anyMatch(e -> e.asJsonObject().getString("entry").equals(domain)));

            admin.click(By.xpath("//tr[contains(., '" + domain + "')]//button[contains(@id, ':unblock')]"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "desbloqueado"));
        }
        assertTrue(account.admin.get("/mail-channel/blocked-senders").jsonValue().asJsonArray().stream()
                .noneMatch(e -> e.asJsonObject().getString("entry").equals(domain)));
    }

    @Test
    void anAdministratorSetsADepartmentsMailSender() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        String address = "financeiro-" + account.suffix + "@it.test";
        try (Browser admin = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            admin.signIn("/admin/departments.xhtml", ADMIN, ADMIN_PASSWORD);
            admin.choose("senderForm:senderDepartmentId", "Finance " + account.suffix);
            admin.type(By.id("senderForm:senderAddress"), "not an address");
            admin.click(By.id("senderForm:saveSender"));
            assertTrue(admin.waitForText(By.id("senderForm"), "Informe um e-mail válido"));
            admin.retype(By.id("senderForm:senderAddress"), address);
            admin.type(By.id("senderForm:senderName"), "Financeiro");
            admin.click(By.id("senderForm:saveSender"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "Remetente do departamento"));
            assertTrue(admin.waitForText(By.xpath("//tr[contains(., 'Finance " + account.suffix + "')]"), address));
            admin.screenshot("admin-departments-sender");
        }
        JsonObject finance = account.admin.get("/departments").jsonValue().asJsonArray().stream()
                .map(JsonObject.class::cast).filter(d -> d.getJsonNumber("id").longValue() == account.financeId)
                .findFirst().orElseThrow();
        assertEquals(address, finance.getString("senderAddress"));
        assertEquals("Financeiro", finance.getString("senderName"));
    }
}
