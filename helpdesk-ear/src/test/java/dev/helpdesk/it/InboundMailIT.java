package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mail channel (E4, C2) against the embedded mail server: a mail opens a ticket for a sender registered on the
 * way, with its non-ASCII subject and file names; replies join it by header and by subject, a stranger's does not;
 * a message delivered twice makes one ticket; a malformed one waits in quarantine while the next goes through;
 * automatic replies make nothing; an unknown sender waits until the administrator lets senders register.
 */
@ExtendWith(HelpdeskServer.class)
class InboundMailIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void aMailOpensATicketAndRepliesJoinItByHeaderAndBySubject() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        channel(admin, true, true);
        SupportMailbox mailbox = mailbox(account, "suporte");
        String ana = "ana-" + account.suffix + "@it.test";
        String subject = "Impressão não funciona — urgente " + account.suffix;
        mailbox.deliver("""
                From: =?UTF-8?Q?Ana_Ara=C3=BAjo?= <%s>
                To: %s
                Subject: =?UTF-8?B?%s?=
                Message-ID: <first-%s@client.test>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: multipart/alternative; boundary="a"

                --a
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                A impressora n=E3o imprime desde ontem.
                --a
                Content-Type: text/html; charset=UTF-8

                <p>A impressora <b>não</b> imprime desde ontem.</p><script>alert(1)</script>
                --a--
                --m
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*=UTF-8''relat%%C3%%B3rio%%20%%C3%%A7.pdf
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --m--
                """.formatted(ana, mailbox.address, base64(subject), account.suffix));

        JsonObject taken = SupportMailbox.awaitTaken(admin, ana, account.suffix, WAIT);
        assertEquals("TICKET", taken.getString("outcome"));
        long protocol = taken.getJsonNumber("ticketProtocol").longValue();
        JsonObject ticket = admin.get("/tickets/" + protocol).json();
        assertEquals(subject, ticket.getString("subject"));
        assertEquals("A impressora não imprime desde ontem.", ticket.getString("message"));
        assertEquals("EMAIL", ticket.getString("channel"));
        assertEquals(account.supportId, ticket.getJsonNumber("departmentId").longValue());
        assertEquals("Ana Araújo", ticket.getString("customerName"));
        assertEquals(ana, ticket.getString("customerEmail"));
        JsonArray files = ticket.getJsonArray("attachments");
        assertEquals(1, files.size());
        assertEquals("relatório ç.pdf", files.getJsonObject(0).getString("fileName"));
        assertEquals(9, files.getJsonObject(0).getJsonNumber("sizeBytes").longValue());
        mailbox.awaitEmpty(WAIT);

        String tag = Mailbox.ticketTag(ana, protocol, WAIT);
        MimeMessage confirmation = Mailbox.await(ana, tag + " Recebemos seu chamado", 1, WAIT).get(0);
        String thread = confirmation.getHeader("References", null);
        assertTrue(thread.matches("<ticket-" + protocol + "\\.[a-z2-7]{16}@helpdesk>"), thread);
        assertTrue(Mailbox.body(confirmation).contains(tag), "the text says which tag to keep");

        // The reply by header, the reply by subject and the stranger's mail go in together: one visit of the
        // mailbox (at most every five seconds) takes them in order, each in a transaction of its own, as three
        // visits did one after another.
        mailbox.deliver("""
                From: %s
                To: %s
                Subject: Re: sem número no assunto
                Message-ID: <second-%s@client.test>
                In-Reply-To: %s
                References: %s %s
                Content-Type: text/plain; charset=UTF-8

                Já troquei o cartucho.

                Em seg., 23 de nov. de 2026 às 10:00, Suporte <%s> escreveu:
                > Recebemos sua mensagem
                """.formatted(ana, mailbox.address, account.suffix, confirmation.getMessageID(), thread,
                confirmation.getMessageID(), mailbox.address));
        mailbox.deliver("""
                From: %s
                Subject: RE: %s mais uma coisa
                Message-ID: <third-%s@client.test>
                Content-Type: text/plain; charset=UTF-8

                O papel também acabou.
                """.formatted(ana, tag, account.suffix));
        String stranger = "stranger-" + account.suffix + "@it.test";
        mailbox.deliver("""
                From: %s
                Subject: Re: %s quero ver este chamado
                Message-ID: <stranger-%s@client.test>

                Deixa eu entrar.
                """.formatted(stranger, tag, account.suffix));

        JsonObject byHeader = SupportMailbox.awaitTaken(admin, ana, "sem número no assunto", WAIT);
        assertEquals("REPLY", byHeader.getString("outcome"));
        assertEquals(protocol, byHeader.getJsonNumber("ticketProtocol").longValue());

        JsonObject bySubject = SupportMailbox.awaitTaken(admin, ana, "mais uma coisa", WAIT);
        assertEquals("REPLY", bySubject.getString("outcome"));
        assertEquals(protocol, bySubject.getJsonNumber("ticketProtocol").longValue());

        JsonObject strangers = SupportMailbox.awaitTaken(admin, stranger, "quero ver", WAIT);
        JsonArray replies = admin.get("/tickets/" + protocol).json().getJsonArray("replies");
        assertEquals(2, replies.size());
        assertEquals("Já troquei o cartucho.", replies.getJsonObject(0).getString("body"), "the quote is cut");
        assertEquals("CUSTOMER", replies.getJsonObject(0).getString("authorKind"));
        assertEquals("O papel também acabou.", replies.getJsonObject(1).getString("body"));
        assertEquals("CUSTOMER_REPLIED", admin.get("/tickets/" + protocol).json().getString("situation"));

        assertEquals("TICKET", strangers.getString("outcome"), "a stranger's mail never joins someone's ticket");
        assertNotEquals(protocol, strangers.getJsonNumber("ticketProtocol").longValue());
        assertEquals(2, admin.get("/tickets/" + protocol).json().getJsonArray("replies").size());
    }

    @Test
    void aMessageDeliveredTwiceMakesOneTicketAndAMalformedOneDoesNotBlockTheNext() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        channel(admin, true, false);
        SupportMailbox mailbox = mailbox(account, "duplicado");
        String bruno = "bruno-" + account.suffix + "@it.test";
        String twice = """
                From: Bruno <%s>
                Subject: Duas vezes %s
                Message-ID: <twice-%s@client.test>
                Content-Type: text/plain; charset=windows-1252

                Mensagem entregue duas vezes.
                """.formatted(bruno, account.suffix, account.suffix);
        mailbox.deliver("""
                Subject: sem remetente %s
                Message-ID: <nobody-%s@client.test>

                Quem mandou?
                """.formatted(account.suffix, account.suffix));
        mailbox.deliver(twice);
        mailbox.deliver(twice);
        mailbox.deliver("""
                From: %s
                Subject: Fora do escritório %s
                Auto-Submitted: auto-replied
                Message-ID: <auto-%s@client.test>

                Estou de férias.
                """.formatted(bruno, account.suffix, account.suffix));
        mailbox.awaitEmpty(WAIT);

        JsonObject taken = SupportMailbox.awaitTaken(admin, bruno, "Duas vezes", WAIT);
        assertEquals("TICKET", taken.getString("outcome"));
        long tickets = admin.get("/mail-channel/messages?limit=200").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(m -> m.getString("subject", "").startsWith("Duas vezes " + account.suffix)).count();
        assertEquals(1, tickets, "the second delivery made nothing");
        assertEquals("IGNORED", SupportMailbox.awaitTaken(admin, bruno, "Fora do escritório", WAIT)
                .getString("outcome"));

        JsonObject quarantined = admin.get("/mail-channel/messages?outcome=QUARANTINED&limit=200").jsonValue()
                .asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getJsonNumber("mailboxId").longValue() == mailbox.id).findFirst().orElseThrow();
        assertTrue(quarantined.getString("reason").contains("sender"), quarantined.toString());
        long id = quarantined.getJsonNumber("id").longValue();
        ApiClient.Response raw = admin.get("/mail-channel/messages/" + id + "/raw");
        assertEquals(200, raw.status());
        assertTrue(raw.body().contains("sem remetente " + account.suffix), raw.body());
        assertEquals(400, admin.post("/mail-channel/messages/" + id + "/retry", Json.createObjectBuilder().build())
                .status(), "it still cannot be read");
        assertEquals("DISMISSED", admin.post("/mail-channel/messages/" + id + "/dismiss",
                Json.createObjectBuilder().build()).json().getString("outcome"));
    }

    @Test
    void anUnknownSenderWaitsUntilSendersMayRegister() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        channel(admin, false, false);
        try {
            SupportMailbox mailbox = mailbox(account, "fechado");
            String carla = "carla-" + account.suffix + "@it.test";
            mailbox.deliver("""
                    From: Carla <%s>
                    Subject: Pedido de acesso %s
                    Message-ID: <unknown-%s@client.test>

                    Preciso de acesso ao sistema.
                    """.formatted(carla, account.suffix, account.suffix));
            mailbox.deliver("""
                    From: %s
                    Subject: Cliente cadastrado %s
                    Message-ID: <known-%s@client.test>

                    Já sou cliente.
                    """.formatted(account.customerEmail, account.suffix, account.suffix));
            JsonObject waiting = SupportMailbox.awaitTaken(admin, carla, "Pedido de acesso", WAIT);
            assertEquals("QUARANTINED", waiting.getString("outcome"));
            assertEquals("inbound.reason.unknownSender", waiting.getString("reason"));
            assertEquals("TICKET", SupportMailbox.awaitTaken(admin, account.customerEmail, "Cliente cadastrado",
                    WAIT).getString("outcome"), "registered customers still get through");
            assertEquals(0, admin.get("/customers?q=" + "carla-" + account.suffix).jsonValue().asJsonArray().size());

            channel(admin, true, false);
            JsonObject retried = admin.post("/mail-channel/messages/" + waiting.getJsonNumber("id") + "/retry",
                    Json.createObjectBuilder().build()).json();
            assertEquals("TICKET", retried.getString("outcome"));
            JsonObject ticket = admin.get("/tickets/" + retried.getJsonNumber("ticketProtocol")).json();
            assertEquals("Carla", ticket.getString("customerName"));
            assertEquals(1, admin.get("/customers?q=" + "carla-" + account.suffix).jsonValue().asJsonArray().size());
        } finally {
            channel(admin, true, false);
        }
    }

    @Test
    void onlyAdministratorsManageMailboxesAndBadSettingsAreRefusedByField() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        assertEquals(403, agent.get("/mail-channel/mailboxes").status());
        assertEquals(403, agent.get("/mail-channel/messages").status());
        assertEquals(403, account.clientFor(account.customerEmail).get("/mail-channel/settings").status());

        ApiClient.Response badPort = account.admin.post("/mail-channel/mailboxes", Json.createObjectBuilder()
                .add("address", "bad-" + account.suffix + "@it.test").add("departmentId", account.supportId)
                .add("categoryId", account.supportCategoryId).add("host", "localhost").add("port", 0)
                .add("security", "NONE").add("username", "u").add("password", "p").build());
        assertEquals(400, badPort.status());
        assertEquals("port", badPort.json().getString("field"));
        ApiClient.Response wrongCategory = account.admin.post("/mail-channel/mailboxes", Json.createObjectBuilder()
                .add("address", "bad-" + account.suffix + "@it.test").add("departmentId", account.supportId)
                .add("categoryId", account.financeCategoryId).add("host", "localhost")
                .add("security", "NONE").add("username", "u").add("password", "p").build());
        assertEquals("categoryId", wrongCategory.json().getString("field"));
        assertEquals(0, account.admin.get("/mail-channel/mailboxes").jsonValue().asJsonArray().stream()
                .filter(m -> m.asJsonObject().getString("address").startsWith("bad-" + account.suffix)).count());

        SupportMailbox mailbox = mailbox(account, "teste");
        JsonObject check = account.admin.post("/mail-channel/mailboxes/" + mailbox.id + "/test",
                Json.createObjectBuilder().build()).json();
        assertTrue(check.getBoolean("ok"), check.toString());
        JsonObject listed = account.admin.get("/mail-channel/mailboxes").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(m -> m.getJsonNumber("id").longValue() == mailbox.id)
                .findFirst().orElseThrow();
        assertTrue(!listed.containsKey("password"), "the password never leaves the server");
        ApiClient.Response wrongPassword = account.admin.put("/mail-channel/mailboxes/" + mailbox.id,
                Json.createObjectBuilder().add("departmentId", account.supportId)
                        .add("categoryId", account.supportCategoryId).add("host", "localhost")
                        .add("port", DemoMailServer.DEFAULT_IMAP_PORT).add("security", "NONE")
                        .add("username", mailbox.address).add("password", "wrong").add("active", false).build());
        assertEquals(200, wrongPassword.status(), wrongPassword.toString());
        assertEquals(false, account.admin.post("/mail-channel/mailboxes/" + mailbox.id + "/test",
                Json.createObjectBuilder().build()).json().getBoolean("ok"));
    }

    private static SupportMailbox mailbox(TestAccount account, String name) {
        return SupportMailbox.create(account.admin, Mailbox.started().greenMail(), DemoMailServer.DEFAULT_IMAP_PORT,
                name + "-" + account.suffix + "@it.test", account.supportId, account.supportCategoryId);
    }

    private static void channel(ApiClient admin, boolean registerSenders, boolean confirmTickets) {
        JsonObject settings = admin.put("/mail-channel/settings", Json.createObjectBuilder()
                .add("registerSenders", registerSenders).add("confirmTickets", confirmTickets).build()).json();
        assertEquals(registerSenders, settings.getBoolean("registerSenders"));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
