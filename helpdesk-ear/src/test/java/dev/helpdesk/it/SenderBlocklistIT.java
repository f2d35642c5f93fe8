package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.assertInvalid;
import static dev.helpdesk.it.TestAccount.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sender blocklist against the mail server: administrators keep it (nobody else), addresses and whole domains
 * with their subdomains, in any case; a blocked mail is recorded as blocked, audited and removed from the server,
 * and makes neither a ticket nor a customer, whether the blocked address is its From or its Reply-To; a
 * quarantined mail of a sender blocked since cannot be retried; an unblocked sender gets through again.
 */
@ExtendWith(HelpdeskServer.class)
class SenderBlocklistIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PATH = "/mail-channel/blocked-senders";

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void onlyAdministratorsKeepTheBlocklistAndBadEntriesAreRefusedByField() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        JsonObject entry = Json.createObjectBuilder().add("entry", "x-" + account.suffix + "@it.test").build();
        for (ApiClient other : List.of(account.clientFor(account.supportAgentEmail),
                account.clientFor(account.customerEmail))) {
            assertEquals(403, other.get(PATH).status());
            assertEquals(403, other.post(PATH, entry).status());
        }
        assertInvalid(account.admin.post(PATH, Json.createObjectBuilder().add("entry", "no-domain").build()),
                "entry");
        assertInvalid(account.admin.post(PATH, Json.createObjectBuilder().add("entry", "a@@it.test").build()),
                "entry");
        assertInvalid(account.admin.post(PATH, Json.createObjectBuilder().build()), "entry");

        JsonObject blocked = created(account.admin.post(PATH, Json.createObjectBuilder()
                .add("entry", " X-" + account.suffix + "@IT.test ").build()));
        long id = blocked.getJsonNumber("id").longValue();
        try {
            assertEquals("x-" + account.suffix + "@it.test", blocked.getString("entry"));
            assertEquals("ADDRESS", blocked.getString("kind"));
            assertInvalid(account.admin.post(PATH, entry), "entry");
            assertEquals(403, account.clientFor(account.supportAgentEmail).delete(PATH + "/" + id).status());
            assertTrue(account.admin.get(PATH).jsonValue().asJsonArray().stream()
                    .anyMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() == id), "still there");
        } finally {
            assertEquals(204, account.admin.delete(PATH + "/" + id).status());
        }
        assertEquals(404, account.admin.delete(PATH + "/" + id).status());
        assertEquals(1, account.admin.get("/audit?action=SENDER_UNBLOCKED&objectType=blockedSender&objectId=" + id)
                .jsonValue().asJsonArray().size());
    }

    @Test
    void blockedMailNeverBecomesATicketOrACustomerAndIsAuditedAndRemoved() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting channel = SavedSetting.read(admin, "/mail-channel/settings");
        List<Long> entries = new ArrayList<>();
        try {
            admin.put("/mail-channel/settings", Json.createObjectBuilder(channel.value())
                    .add("registerSenders", true).build());
            String spammer = "spam-" + account.suffix + "@it.test";
            String domain = "blocked-" + account.suffix + ".test";
            entries.add(block(admin, spammer.toUpperCase(), "ADDRESS"));
            entries.add(block(admin, "@" + domain, "DOMAIN"));
            SupportMailbox mailbox = SupportMailbox.create(admin, Mailbox.started().greenMail(),
                    DemoMailServer.DEFAULT_IMAP_PORT, "filtro-" + account.suffix + "@it.test", account.supportId,
                    account.supportCategoryId);

            String fromSubdomain = "bot@mail." + domain.toUpperCase();
            String innocent = "inocente-" + account.suffix + "@it.test";
            String friend = "amigo-" + account.suffix + "@it.test";
            mailbox.deliver(mail("Spam-" + account.suffix + "@IT.Test", "Oferta 1 " + account.suffix, "",
                    account.suffix + "-1"));
            mailbox.deliver(mail(fromSubdomain, "Oferta 2 " + account.suffix, "", account.suffix + "-2"));
            mailbox.deliver(mail(innocent, "Oferta 3 " + account.suffix, "Reply-To: " + spammer + "\n",
                    account.suffix + "-3"));
            mailbox.deliver(mail(friend, "Pedido " + account.suffix, "", account.suffix + "-4"));
            mailbox.awaitEmpty(WAIT);

            JsonObject first = SupportMailbox.awaitTaken(admin, spammer, "Oferta 1", WAIT);
            assertEquals("BLOCKED", first.getString("outcome"), "case does not matter");
            assertEquals(spammer, first.getString("reason"), "the entry that blocked it");
            JsonObject second = SupportMailbox.awaitTaken(admin, fromSubdomain, "Oferta 2", WAIT);
            assertEquals("BLOCKED", second.getString("outcome"), "a domain blocks its subdomains");
            assertEquals(domain, second.getString("reason"));
            JsonObject third = SupportMailbox.awaitTaken(admin, spammer, "Oferta 3", WAIT);
            assertEquals("BLOCKED", third.getString("outcome"), "a blocked Reply-To is blocked too");
            assertEquals("TICKET", SupportMailbox.awaitTaken(admin, friend, "Pedido", WAIT).getString("outcome"));
            for (JsonObject blocked : List.of(first, second, third)) {
                assertTrue(!blocked.containsKey("ticketProtocol") || blocked.isNull("ticketProtocol"),
                        "no ticket: " + blocked);
                assertEquals(1, admin.get("/audit?action=MAIL_BLOCKED&objectType=inboundMessage&objectId="
                        + blocked.getJsonNumber("id")).jsonValue().asJsonArray().size());
            }
            for (String nobody : List.of("spam-" + account.suffix, "bot@mail.blocked-" + account.suffix,
                    "inocente-" + account.suffix)) {
                assertEquals(0, admin.get("/customers?q=" + nobody).jsonValue().asJsonArray().size(), nobody);
            }
            ApiClient.Response retry = admin.post("/mail-channel/messages/" + first.getJsonNumber("id") + "/retry",
                    Json.createObjectBuilder().build());
            assertEquals(400, retry.status(), "a blocked mail is no quarantine entry to retry");

            // unblocked, the address gets through again
            assertEquals(204, admin.delete(PATH + "/" + entries.remove(0)).status());
            mailbox.deliver(mail(spammer, "Agora liberado " + account.suffix, "", account.suffix + "-5"));
            assertEquals("TICKET", SupportMailbox.awaitTaken(admin, spammer, "Agora liberado", WAIT)
                    .getString("outcome"));
        } finally {
            entries.forEach(id -> admin.delete(PATH + "/" + id));
            channel.restore();
        }
    }

    @Test
    void aQuarantinedMailOfASenderBlockedSinceCannotBeRetried() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting channel = SavedSetting.read(admin, "/mail-channel/settings");
        Long entry = null;
        try {
            admin.put("/mail-channel/settings", Json.createObjectBuilder(channel.value())
                    .add("registerSenders", false).build());
            SupportMailbox mailbox = SupportMailbox.create(admin, Mailbox.started().greenMail(),
                    DemoMailServer.DEFAULT_IMAP_PORT, "espera-" + account.suffix + "@it.test", account.supportId,
                    account.supportCategoryId);
            String stranger = "estranho-" + account.suffix + "@it.test";
            mailbox.deliver(mail(stranger, "Quem sou eu " + account.suffix, "", account.suffix + "-q"));
            JsonObject waiting = SupportMailbox.awaitTaken(admin, stranger, "Quem sou eu", WAIT);
            assertEquals("QUARANTINED", waiting.getString("outcome"));

            entry = block(admin, stranger, "ADDRESS");
            admin.put("/mail-channel/settings", Json.createObjectBuilder(channel.value())
                    .add("registerSenders", true).build());
            ApiClient.Response retry = admin.post("/mail-channel/messages/" + waiting.getJsonNumber("id")
                    + "/retry", Json.createObjectBuilder().build());
            assertInvalid(retry, "sender");
            assertEquals(0, admin.get("/customers?q=estranho-" + account.suffix).jsonValue().asJsonArray().size());
            assertEquals("QUARANTINED", admin.get("/mail-channel/messages?outcome=QUARANTINED&limit=200")
                    .jsonValue().asJsonArray().stream().map(JsonObject.class::cast)
                    .filter(m -> m.getJsonNumber("id").longValue() == waiting.getJsonNumber("id").longValue())
                    .findFirst().orElseThrow().getString("outcome"), "it still waits, for a dismissal");
        } finally {
            if (entry != null) {
                admin.delete(PATH + "/" + entry);
            }
            channel.restore();
        }
    }

    private static long block(ApiClient admin, String entry, String kind) {
        JsonObject blocked = created(admin.post(PATH, Json.createObjectBuilder().add("entry", entry).build()));
        assertEquals(kind, blocked.getString("kind"));
        return blocked.getJsonNumber("id").longValue();
    }

    private static String mail(String from, String subject, String extraHeaders, String id) {
        return """
                From: %s
                %sSubject: %s
                Message-ID: <%s@client.test>

                Corpo.
                """.formatted(from, extraHeaders, subject, id);
    }
}
