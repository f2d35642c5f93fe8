package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Management › E-mail channel in the browser: an administrator adds a department's mailbox (a wrong port gets its
 * message beside the field), tests the connection, finds a message from an unknown sender in quarantine, lets
 * senders register, and retries it into a ticket.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class MailChannelBrowserIT {

    private static final String ADMIN = "admin@helpdesk.test";
    private static final String ADMIN_PASSWORD = "admin-test-password";

    @Test
    void anAdministratorAddsAMailboxAndRetriesAQuarantinedMessage() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        String address = "painel-" + account.suffix + "@it.test";
        Mailbox.started().greenMail().setUser(address, address, SupportMailbox.PASSWORD);
        // The message waits in the inbox before the mailbox exists in the help desk: the first visit, within a
        // second of saving it, takes it in, rather than a visit five seconds after the one that found it empty.
        String subject = "Pelo painel " + account.suffix;
        String sender = "desconhecido-" + account.suffix + "@it.test";
        SupportMailbox.deliverTo(Mailbox.started().greenMail(), address, """
                From: %s
                Subject: %s
                Message-ID: <painel-%s@client.test>

                Quero abrir um chamado.
                """.formatted(sender, subject, account.suffix));
        SavedSetting mailChannel = SavedSetting.read(account.admin, "/mail-channel/settings");
        account.admin.put("/mail-channel/settings", Json.createObjectBuilder().add("registerSenders", false)
                .add("confirmTickets", false).build());
        try (Browser admin = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            admin.signIn("/admin/mail-channel.xhtml", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Canal de e-mail"));
            admin.type(By.id("mailboxForm:address"), address);
            admin.choose("mailboxForm:departmentId", "Support " + account.suffix);
            admin.choose("mailboxForm:categoryId", "Access");
            admin.type(By.id("mailboxForm:host"), "localhost");
            admin.choose("mailboxForm:security", "Nenhuma");
            admin.retype(By.id("mailboxForm:port_input"), "0");
            admin.type(By.id("mailboxForm:username"), address);
            admin.type(By.id("mailboxForm:password"), SupportMailbox.PASSWORD);
            admin.retype(By.id("mailboxForm:pollSeconds_input"), "5");
            admin.click(By.id("mailboxForm:saveMailbox"));
            assertTrue(admin.waitForText(By.id("mailboxForm"), "Informe uma porta entre 1 e 65535"),
                    "the field says what is wrong");
            admin.retype(By.id("mailboxForm:port_input"), String.valueOf(DemoMailServer.DEFAULT_IMAP_PORT));
            admin.retype(By.id("mailboxForm:password"), SupportMailbox.PASSWORD);
            admin.click(By.id("mailboxForm:saveMailbox"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "salva"));
            assertTrue(admin.waitForText(By.id("mailboxesForm:mailboxes"), address));

            admin.click(By.xpath("//tr[contains(., '" + address + "')]//button[contains(@id, ':test')]"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "funcionando"));

            SupportMailbox.awaitTaken(account.admin, sender, subject, Duration.ofSeconds(60));
            admin.open("/admin/mail-channel.xhtml");
            By row = By.xpath("//tr[contains(., '" + subject + "')]");
            assertTrue(admin.waitForText(row, "Remetente desconhecido"), "the reason is shown");
            admin.screenshot("admin-mail-channel-quarantine");
            admin.click(By.xpath("//tr[contains(., '" + subject + "')]//button[contains(@id, ':retry')]"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-error-summary"), "Remetente desconhecido"));

            admin.tick("settingsForm:registerSenders_input", true);
            admin.click(By.id("settingsForm:saveSettings"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "salva"));
            admin.click(By.xpath("//tr[contains(., '" + subject + "')]//button[contains(@id, ':retry')]"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "virou o chamado #"));
        } finally {
            mailChannel.restore();
        }
        assertEquals(1, account.admin.get("/customers?q=desconhecido-" + account.suffix).jsonValue().asJsonArray()
                .size(), "the sender was registered by the retry");
    }
}
