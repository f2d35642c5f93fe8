package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.assertInvalid;
import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator (or a leaked administrator token) cannot make the server connect to itself or to the addresses
 * only the network inside has: not by a webhook URL, not by a mailbox host, in none of the ways an address can be
 * written. Nor can the stored mailbox password be sent to another server by changing the host and leaving the
 * password blank. The tests' own mail server and receivers are reached as "localhost", the one internal host their
 * server allows (HELPDESK_INTERNAL_HOSTS).
 */
@ExtendWith(HelpdeskServer.class)
class OutboundDestinationIT {

    private static final String SECRET = "it-webhook-secret-0123";

    @Test
    void webhooksToInternalAddressesAreRefusedInEveryForm() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        List<String> internal = List.of("http://127.0.0.1:18556/hook", "http://2130706433:18556/hook",
                "http://0x7f000001:18556/hook", "http://0177.0.0.1:18556/hook", "http://127.1:18556/hook",
                "http://[::1]:18556/hook", "http://[::ffff:127.0.0.1]:18556/hook",
                "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/latest/meta-data/",
                "http://0.0.0.0:18556/hook", "http://localhost:9990/management",
                "http://localhost:8080/helpdesk/api/v1/tickets");
        for (String url : internal) {
            assertInvalid(admin.post("/webhooks", webhook(url)), "url");
        }
        String good = "http://localhost:18556/hook-" + account.suffix;
        long id = TestAccount.created(admin.post("/webhooks", webhook(good))).getJsonNumber("id").longValue();
        assertInvalid(admin.put("/webhooks/" + id, Json.createObjectBuilder()
                .add("url", "http://2130706433:9990/management").add("active", false).build()), "url");
        List<String> urls = admin.get("/webhooks").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("url")).toList();
        assertTrue(urls.contains(good), urls::toString);
        assertTrue(urls.stream().noneMatch(internal::contains), urls::toString);
        ok(admin.put("/webhooks/" + id, Json.createObjectBuilder().add("url", good).add("active", false).build()));
    }

    @Test
    void mailboxesOnInternalAddressesAreRefused() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        for (String host : List.of("127.0.0.1", "2130706433", "[::1]", "169.254.169.254")) {
            assertInvalid(account.admin.post("/mail-channel/mailboxes", mailbox(account, "interno", host, 143)
                    .add("password", "p").build()), "host");
        }
        assertInvalid(account.admin.post("/mail-channel/mailboxes", mailbox(account, "interno", "localhost", 9990)
                .add("password", "p").build()), "host");
        assertEquals(0, account.admin.get("/mail-channel/mailboxes").jsonValue().asJsonArray().stream()
                .filter(m -> m.asJsonObject().getString("address").startsWith("interno-" + account.suffix))
                .count());
    }

    @Test
    void theStoredMailboxPasswordOnlyEverGoesToItsOwnServer() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        SupportMailbox mailbox = SupportMailbox.create(account.admin, Mailbox.started().greenMail(),
                DemoMailServer.DEFAULT_IMAP_PORT, "senha-" + account.suffix + "@it.test", account.supportId,
                account.supportCategoryId);
        String path = "/mail-channel/mailboxes/" + mailbox.id;
        JsonObject listed = account.admin.get("/mail-channel/mailboxes").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(m -> m.getJsonNumber("id").longValue() == mailbox.id)
                .findFirst().orElseThrow();
        assertFalse(listed.getBoolean("encrypted"), "a mailbox without TLS is flagged");

        try (Listener elsewhere = new Listener()) {
            int imap = DemoMailServer.DEFAULT_IMAP_PORT;
            for (JsonObjectBuilder moved : List.of(
                    connection(account, mailbox, "localhost", elsewhere.port(), "NONE", mailbox.address),
                    connection(account, mailbox, "mail.elsewhere.example", imap, "NONE", mailbox.address),
                    connection(account, mailbox, "localhost", imap, "STARTTLS", mailbox.address),
                    connection(account, mailbox, "localhost", imap, "NONE", "someone-else@it.test"))) {
                assertInvalid(account.admin.put(path, moved.build()), "password");
            }
            JsonObject check = ok(account.admin.post(path + "/test", Json.createObjectBuilder().build()));
            assertTrue(check.getBoolean("ok"), "still its own server, with its own password: " + check);
            assertEquals(0, elsewhere.connections(), "nothing ever connected to the other server");
        }
        ok(account.admin.put(path, connection(account, mailbox, "localhost", DemoMailServer.DEFAULT_IMAP_PORT,
                "NONE", mailbox.address).add("pollSeconds", 30).build()));
        assertTrue(ok(account.admin.post(path + "/test", Json.createObjectBuilder().build())).getBoolean("ok"),
                "the same server and account keep the stored password");
        ok(account.admin.put(path, connection(account, mailbox, "localhost", DemoMailServer.DEFAULT_IMAP_PORT,
                "NONE", mailbox.address).add("active", false).build()));
    }

    private static JsonObject webhook(String url) {
        return Json.createObjectBuilder().add("url", url).add("secret", SECRET).add("active", false).build();
    }

    private static JsonObjectBuilder mailbox(TestAccount account, String name, String host, int port) {
        return Json.createObjectBuilder().add("address", name + "-" + account.suffix + "@it.test")
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("host", host).add("port", port).add("security", "NONE").add("username", "u");
    }

    /** The mailbox's settings with another server or account and the password left blank. */
    private static JsonObjectBuilder connection(TestAccount account, SupportMailbox mailbox, String host, int port,
                                                String security, String username) {
        return Json.createObjectBuilder().add("departmentId", account.supportId)
                .add("categoryId", account.supportCategoryId).add("host", host).add("port", port)
                .add("security", security).add("username", username).add("password", "");
    }

    /** A server that only counts who connects to it. */
    private static final class Listener implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor = new Thread(this::accept, "elsewhere");

        Listener() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try (Socket ignored = socket.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
