package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.assertInvalid;
import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The help desk's mails never start a loop with an automatic responder, and answers come back where they are read:
 * every mail carries {@code Auto-Submitted} (RFC 3834), {@code X-Auto-Response-Suppress} and {@code Precedence}; a
 * department's mails come from its own sender when an administrator set one, with its mailbox as Reply-To; and
 * mails that are themselves automatic (bounces, out-of-office replies) or ask for no automatic answer get no
 * confirmation.
 */
@ExtendWith(HelpdeskServer.class)
class MailLoopPreventionIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The mail session's {@code from} in the tests (HELPDESK_MAIL_FROM is not set). */
    private static final String ACCOUNT_FROM = "helpdesk@helpdesk.local";

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void onlyAdministratorsSetADepartmentsSenderAndBadOnesAreRefusedByField() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        String path = "/departments/" + account.supportId + "/sender";
        JsonObject sender = Json.createObjectBuilder().add("senderAddress", "sup-" + account.suffix + "@it.test")
                .add("senderName", "Suporte").build();
        assertEquals(403, account.clientFor(account.supportAgentEmail).put(path, sender).status());
        assertEquals(403, account.clientFor(account.customerEmail).put(path, sender).status());
        assertInvalid(account.admin.put(path, Json.createObjectBuilder().add("senderAddress", "not an address")
                .build()), "senderAddress");
        assertInvalid(account.admin.put(path, Json.createObjectBuilder().add("senderName", "a\r\nBcc: x@it.test")
                .build()), "senderName");
        assertEquals(404, account.admin.put("/departments/987654321/sender", sender).status());
        assertNull(department(account, account.supportId).getString("senderAddress", null), "nothing was set");

        JsonObject changed = ok(account.admin.put(path, sender));
        assertEquals("sup-" + account.suffix + "@it.test", changed.getString("senderAddress"));
        assertEquals("Suporte", department(account, account.supportId).getString("senderName"));
        ok(account.admin.put(path, Json.createObjectBuilder().add("senderAddress", " ").build()));
        assertNull(department(account, account.supportId).getString("senderAddress", null), "blank is the account's");
        assertNull(department(account, account.supportId).getString("senderName", null));
    }

    @Test
    void mailsComeFromTheDepartmentWithItsMailboxAsReplyToAndCarryLoopHeaders() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting channel = SavedSetting.read(admin, "/mail-channel/settings");
        try {
            ok(admin.put("/mail-channel/settings", Json.createObjectBuilder(channel.value())
                    .add("registerSenders", true).add("confirmTickets", true).build()));
            String departmentSender = "atendimento-" + account.suffix + "@it.test";
            ok(admin.put("/departments/" + account.supportId + "/sender", Json.createObjectBuilder()
                    .add("senderAddress", departmentSender).add("senderName", "Suporte Técnico").build()));
            SupportMailbox mailbox = SupportMailbox.create(admin, Mailbox.started().greenMail(),
                    DemoMailServer.DEFAULT_IMAP_PORT, "entrada-" + account.suffix + "@it.test", account.supportId,
                    account.supportCategoryId);

            String eva = "eva-" + account.suffix + "@it.test";
            mailbox.deliver("""
                    From: Eva <%s>
                    To: %s
                    Subject: Sem acesso %s
                    Message-ID: <eva-%s@client.test>

                    Não consigo entrar.
                    """.formatted(eva, mailbox.address, account.suffix, account.suffix));
            long protocol = SupportMailbox.awaitTaken(admin, eva, "Sem acesso", WAIT)
                    .getJsonNumber("ticketProtocol").longValue();

            MimeMessage confirmation = Mailbox.await(eva, "[#" + protocol + "-", 1, WAIT).get(0);
            assertEquals("auto-replied", header(confirmation, "Auto-Submitted"), "an answer to the customer's mail");
            assertEquals("auto_reply", header(confirmation, "Precedence"));
            assertEquals("All", header(confirmation, "X-Auto-Response-Suppress"));
            InternetAddress from = (InternetAddress) confirmation.getFrom()[0];
            assertEquals(departmentSender, from.getAddress());
            assertEquals("Suporte Técnico", from.getPersonal());
            assertEquals(mailbox.address, ((InternetAddress) confirmation.getReplyTo()[0]).getAddress());

            MimeMessage notice = Mailbox.await(account.supportAgentEmail, "[#" + protocol + "-", 1, WAIT).get(0);
            assertEquals("auto-generated", header(notice, "Auto-Submitted"));
            assertEquals("bulk", header(notice, "Precedence"));
            assertEquals("All", header(notice, "X-Auto-Response-Suppress"));
            assertEquals(departmentSender, ((InternetAddress) notice.getFrom()[0]).getAddress());
            assertEquals(mailbox.address, ((InternetAddress) notice.getReplyTo()[0]).getAddress());

            // a department that sets nothing and has no mailbox sends as the account, with no Reply-To
            long finance = TestAccount.created(account.clientFor(account.customerEmail).post("/tickets",
                    Json.createObjectBuilder().add("departmentId", account.financeId)
                            .add("categoryId", account.financeCategoryId).add("subject", "Reembolso " + account.suffix)
                            .add("message", "Quero o reembolso.").build())).getJsonNumber("protocol").longValue();
            MimeMessage plain = Mailbox.await(account.financeAgentEmail, "[#" + finance + "-", 1, WAIT).get(0);
            assertEquals(ACCOUNT_FROM, ((InternetAddress) plain.getFrom()[0]).getAddress());
            assertEquals(ACCOUNT_FROM, ((InternetAddress) plain.getReplyTo()[0]).getAddress(),
                    "no Reply-To: answers go to the From");
            assertNull(plain.getHeader("Reply-To"));
            assertEquals("auto-generated", header(plain, "Auto-Submitted"));
        } finally {
            channel.restore();
        }
    }

    @Test
    void automaticMailAndMailThatAsksForNoAutomaticAnswerGetNoConfirmation() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting channel = SavedSetting.read(admin, "/mail-channel/settings");
        try {
            ok(admin.put("/mail-channel/settings", Json.createObjectBuilder(channel.value())
                    .add("registerSenders", true).add("confirmTickets", true).build()));
            SupportMailbox mailbox = SupportMailbox.create(admin, Mailbox.started().greenMail(),
                    DemoMailServer.DEFAULT_IMAP_PORT, "robos-" + account.suffix + "@it.test", account.supportId,
                    account.supportCategoryId);
            String bounce = "bounces-" + account.suffix + "@it.test";
            mailbox.deliver("""
                    Return-Path: <>
                    From: Mail Delivery System <%s>
                    To: %s
                    Subject: Undelivered Mail %s
                    Message-ID: <bounce-%s@mx.test>

                    Your message could not be delivered.
                    """.formatted(bounce, mailbox.address, account.suffix, account.suffix));
            String vacation = "ferias-" + account.suffix + "@it.test";
            mailbox.deliver("""
                    From: %s
                    To: %s
                    Subject: Resposta automática %s
                    Auto-Submitted: auto-replied; owner-email="%s"
                    Message-ID: <vacation-%s@client.test>

                    Estou de férias.
                    """.formatted(vacation, mailbox.address, account.suffix, vacation, account.suffix));
            String quiet = "quieto-" + account.suffix + "@it.test";
            mailbox.deliver("""
                    From: %s
                    To: %s
                    Subject: Pedido sem resposta automática %s
                    X-Auto-Response-Suppress: OOF, AutoReply
                    Message-ID: <quiet-%s@client.test>

                    Por favor, sem confirmação.
                    """.formatted(quiet, mailbox.address, account.suffix, account.suffix));
            String person = "pessoa-" + account.suffix + "@it.test";
            mailbox.deliver("""
                    From: %s
                    To: %s
                    Subject: Pedido comum %s
                    Message-ID: <person-%s@client.test>

                    Preciso de ajuda.
                    """.formatted(person, mailbox.address, account.suffix, account.suffix));

            assertEquals("IGNORED", SupportMailbox.awaitTaken(admin, bounce, "Undelivered", WAIT)
                    .getString("outcome"));
            assertEquals("IGNORED", SupportMailbox.awaitTaken(admin, vacation, "Resposta automática", WAIT)
                    .getString("outcome"));
            JsonObject quietTicket = SupportMailbox.awaitTaken(admin, quiet, "sem resposta", WAIT);
            assertEquals("TICKET", quietTicket.getString("outcome"), "still taken in, only not answered");
            long personTicket = SupportMailbox.awaitTaken(admin, person, "Pedido comum", WAIT)
                    .getJsonNumber("ticketProtocol").longValue();

            Mailbox.await(person, "[#" + personTicket + "-", 1, WAIT);
            Outbox.awaitSettled(admin, quietTicket.getJsonNumber("ticketProtocol").longValue());
            Outbox.awaitAllSettled(admin);
            assertEquals(0, Mailbox.received(quiet, "").size());
            assertEquals(0, Mailbox.received(bounce, "").size());
            assertEquals(0, Mailbox.received(vacation, "").size());
            assertEquals(0, admin.get("/customers?q=bounces-" + account.suffix).jsonValue().asJsonArray().size(),
                    "a bounce registers nobody");
        } finally {
            channel.restore();
        }
    }

    private static JsonObject department(TestAccount account, long id) {
        return account.admin.get("/departments").jsonValue().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(d -> d.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        return message.getHeader(name, null);
    }
}
