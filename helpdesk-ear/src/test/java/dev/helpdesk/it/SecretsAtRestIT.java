package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone who gets a copy of the database (a backup, a dump, read access to the server) finds no mailbox password
 * and no webhook secret in it: they are sealed with the server key, which lives outside the database, and the help
 * desk still uses them. On H2 the database file itself is searched (a ticket's subject, stored plain, shows that
 * the search finds what is there); on PostgreSQL the columns are read.
 */
@ExtendWith(HelpdeskServer.class)
class SecretsAtRestIT {

    @Test
    void mailboxPasswordsAndWebhookSecretsAreNotInTheDatabase() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        String mailboxPassword = "imap-pass-" + account.suffix;
        String webhookSecret = "hook-secret-" + account.suffix;
        String subject = "Plain subject " + account.suffix;
        String address = "sealed-" + account.suffix + "@it.test";
        Mailbox.started().greenMail().setUser(address, address, mailboxPassword);
        long mailboxId = TestAccount.created(account.admin.post("/mail-channel/mailboxes", Json.createObjectBuilder()
                .add("address", address).add("departmentId", account.supportId)
                .add("categoryId", account.supportCategoryId).add("host", "localhost")
                .add("port", DemoMailServer.DEFAULT_IMAP_PORT).add("security", "NONE").add("username", address)
                .add("password", mailboxPassword).add("pollSeconds", 60).add("active", false).build()))
                .getJsonNumber("id").longValue();
        TestAccount.created(account.admin.post("/webhooks", Json.createObjectBuilder()
                .add("url", "http://localhost:18558/sealed").add("secret", webhookSecret).add("active", false)
                .build()));
        TestAccount.created(account.clientFor(account.customerEmail).post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("subject", subject).add("message", "Olá").build()));

        assertTrue(ok(account.admin.post("/mail-channel/mailboxes/" + mailboxId + "/test",
                Json.createObjectBuilder().build())).getBoolean("ok"), "the sealed password still opens the mailbox");
        List<String> stored = storedSecrets();
        if (stored == null) {
            String file = h2File();
            assertTrue(file.contains(subject), "the search finds plain values in the database file");
            assertFalse(file.contains(mailboxPassword), "no mailbox password in the database file");
            assertFalse(file.contains(webhookSecret), "no webhook secret in the database file");
        } else {
            assertFalse(stored.isEmpty());
            for (String value : stored) {
                assertTrue(value.startsWith("enc:v1:"), value);
                assertFalse(value.contains(mailboxPassword) || value.contains(webhookSecret), value);
            }
        }
    }

    /** The secret columns as PostgreSQL holds them; null on H2. */
    private static List<String> storedSecrets() throws SQLException {
        if (!"postgresql".equals(System.getenv("HELPDESK_DB_DRIVER"))) {
            return null;
        }
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(System.getenv("HELPDESK_DB_URL"),
                System.getenv("HELPDESK_DB_USER"), System.getenv("HELPDESK_DB_PASSWORD"));
             PreparedStatement select = connection.prepareStatement(
                     "SELECT password FROM inbound_mailbox UNION ALL SELECT secret FROM webhook_endpoint");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String h2File() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(System.getenv("HELPDESK_DATA_DIR"), "helpdesk.mv.db"));
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
