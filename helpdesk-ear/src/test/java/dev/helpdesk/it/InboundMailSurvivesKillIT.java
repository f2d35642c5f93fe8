package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server killed with SIGKILL while it reads a mailbox of 500 messages, then started again: exactly 500 tickets,
 * none missing, none doubled, and the mailbox empty. The durability tests' server has a database of its own
 * ({@link DurabilityServer}), so no other server reads the mailbox for it.
 */
@Tag("durability")
@Order(3)
@ExtendWith(DurabilityServer.class)
class InboundMailSurvivesKillIT {

    private static final int MESSAGES = 500;

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void aServerKilledWhileReadingAMailboxMakesEachTicketOnce(StandaloneServer server) throws Exception {
        GreenMail greenMail = Mailbox.started().greenMail();
        TestAccount account = new TestAccount(server.baseUrl());
        String address = "kill-" + account.suffix + "@it.test";
        GreenMailUser user = greenMail.setUser(address, address, SupportMailbox.PASSWORD);
        for (int i = 0; i < MESSAGES; i++) {
            user.deliver(message(account.suffix, i));
        }
        SupportMailbox mailbox = SupportMailbox.create(account.admin, greenMail, DemoMailServer.DEFAULT_IMAP_PORT,
                address, account.supportId, account.supportCategoryId);

        awaitTaken(greenMail, user, 100, MESSAGES - 100);
        server.kill();
        int takenBeforeKill = taken(greenMail, user);

        server.start(ApiClient.PROVISIONING_TOKEN);
        mailbox.awaitEmpty(Duration.ofMinutes(3));

        List<JsonObject> records = all(account.admin);
        assertEquals(MESSAGES, records.size(), "one record per message (" + takenBeforeKill
                + " were taken before the kill)");
        Set<String> subjects = new HashSet<>();
        Set<Long> protocols = new HashSet<>();
        for (JsonObject record : records) {
            assertEquals("TICKET", record.getString("outcome"), record::toString);
            subjects.add(record.getString("subject"));
            protocols.add(record.getJsonNumber("ticketProtocol").longValue());
        }
        assertEquals(MESSAGES, subjects.size(), "no message missing");
        assertEquals(MESSAGES, protocols.size(), "a ticket each");
        assertEquals(MESSAGES, tickets(account.admin, "Pedido"), "no ticket doubled");
    }

    private static jakarta.mail.internet.MimeMessage message(String suffix, int i) throws Exception {
        String raw = ("From: Cliente " + (i % 5) + " <cliente" + (i % 5) + "-" + suffix + "@it.test>\r\n"
                + "To: kill@it.test\r\nSubject: Pedido " + i + " " + suffix + "\r\n"
                + "Message-ID: <kill-" + i + "-" + suffix + "@client.test>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nMensagem número " + i + ".\r\n");
        return new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Waits until the server has taken between {@code low} and {@code high} messages: the moment to kill it. */
    private static void awaitTaken(GreenMail greenMail, GreenMailUser user, int low, int high) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            int taken = taken(greenMail, user);
            if (taken >= low && taken <= high) {
                return;
            }
            if (taken > high) {
                fail("the server took " + taken + " messages before it could be killed half-way");
            }
            Thread.sleep(20);
        }
        fail("the server did not start reading the mailbox");
    }

    /** Messages the server marked for deletion (it does so once each is committed) or already expunged. */
    private static int taken(GreenMail greenMail, GreenMailUser user) throws Exception {
        List<StoredMessage> inbox = greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
        long flagged = inbox.stream().filter(m -> m.getFlags().contains(Flags.Flag.DELETED)).count();
        return (int) (MESSAGES - inbox.size() + flagged);
    }

    private static List<JsonObject> all(ApiClient admin) {
        List<JsonObject> records = new ArrayList<>();
        String before = "";
        while (true) {
            List<JsonObject> page = admin.get("/mail-channel/messages?limit=200" + before).jsonValue().asJsonArray()
                    .getValuesAs(JsonObject.class);
            if (page.isEmpty()) {
                return records;
            }
            records.addAll(page);
            before = "&before=" + page.get(page.size() - 1).getJsonNumber("id").longValue();
        }
    }

    private static long tickets(ApiClient admin, String subjectWord) {
        long count = 0;
        String before = "";
        while (true) {
            JsonObject page = admin.get("/tickets?view=ALL&limit=100" + before).json();
            count += page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("subject").startsWith(subjectWord)).count();
            if (!page.containsKey("nextCursor") || page.isNull("nextCursor")) {
                return count;
            }
            before = "&before=" + page.getJsonNumber("nextCursor").longValue();
        }
    }
}
