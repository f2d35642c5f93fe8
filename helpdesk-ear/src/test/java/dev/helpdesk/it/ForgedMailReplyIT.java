package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anyone can write a mail whose From names a customer, and protocols run in order: such a mail must not become the
 * customer's reply. Only what the help desk's own mails carry (the ticket's tag with its code, the thread id with its
 * code, the Message-ID of a mail it sent) lets a mail join a ticket, and never when the receiving server found the
 * sender failing SPF, DKIM or DMARC. Otherwise the mail opens a ticket of its own, or waits in quarantine for an
 * administrator when the account chose so.
 */
@ExtendWith(HelpdeskServer.class)
class ForgedMailReplyIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aMailNamingATicketAsAnyoneCouldOpensATicketOfItsOwn() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        Channel channel = Channel.open(account, "forjado");
        String ana = channel.customer;
        long protocol = channel.protocol;

        channel.mailbox.deliver(mail(ana, "Re: [#" + protocol + "] bare number", ""));
        channel.mailbox.deliver(mail(ana, "Re: [#" + protocol + "-aaaaaaaa] wrong code", ""));
        channel.mailbox.deliver(mail(ana, "Re: old thread id", "References: <ticket-" + protocol + "@helpdesk>\n"));
        channel.mailbox.deliver(mail(ana, "Re: " + channel.tag + " failing sender",
                "Authentication-Results: mx.it.test; spf=fail smtp.mailfrom=it.test;\n"
                        + " dkim=none; dmarc=fail (p=reject) header.from=it.test\n"));
        channel.mailbox.deliver(mail(ana, "Re: " + channel.tag + " genuine",
                "Authentication-Results: mx.it.test; spf=pass smtp.mailfrom=it.test; dmarc=pass header.from=it.test\n"
                        + "Authentication-Results: forged.example; dmarc=pass\n"));

        for (String forged : new String[] {"bare number", "wrong code", "old thread id", "failing sender"}) {
            JsonObject taken = SupportMailbox.awaitTaken(account.admin, ana, forged, WAIT);
            assertEquals("TICKET", taken.getString("outcome"), forged);
            assertNotEquals(protocol, taken.getJsonNumber("ticketProtocol").longValue(), forged);
        }
        JsonObject genuine = SupportMailbox.awaitTaken(account.admin, ana, "genuine", WAIT);
        assertEquals("REPLY", genuine.getString("outcome"));
        assertEquals(protocol, genuine.getJsonNumber("ticketProtocol").longValue());
        assertEquals(1, account.admin.get("/tickets/" + protocol).json().getJsonArray("replies").size(),
                "only the genuine reply joined the ticket");
        channel.close();
    }

    @Test
    void whenTheAccountChoosesQuarantineAnUnverifiedReplyWaitsForAnAdministrator() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        Channel channel = Channel.open(account, "quarentena");
        JsonObject before = ok(account.admin.get("/mail-channel/settings"));
        try {
            JsonObject chosen = ok(account.admin.put("/mail-channel/settings", Json.createObjectBuilder()
                    .add("registerSenders", true).add("confirmTickets", true)
                    .add("quarantineUnverifiedReplies", true).build()));
            assertEquals(true, chosen.getBoolean("quarantineUnverifiedReplies"));
            channel.mailbox.deliver(mail(channel.customer, "Re: [#" + channel.protocol + "] sem código", ""));
            JsonObject waiting = SupportMailbox.awaitTaken(account.admin, channel.customer, "sem código", WAIT);
            assertEquals("QUARANTINED", waiting.getString("outcome"));
            assertEquals("inbound.reason.unverifiedReply", waiting.getString("reason"));
            assertEquals(0, account.admin.get("/tickets/" + channel.protocol).json().getJsonArray("replies").size());

            JsonObject retried = ok(account.admin.post("/mail-channel/messages/"
                    + waiting.getJsonNumber("id").longValue() + "/retry", Json.createObjectBuilder().build()));
            assertEquals("REPLY", retried.getString("outcome"), "the administrator vouched for it");
            assertEquals(channel.protocol, retried.getJsonNumber("ticketProtocol").longValue());
        } finally {
            account.admin.put("/mail-channel/settings", before);
            channel.close();
        }
    }

    private static String mail(String from, String subject, String headers) {
        return "From: " + from + "\nTo: support@it.test\nSubject: " + subject + "\n" + headers
                + "Message-ID: <" + Math.abs(subject.hashCode()) + "-" + System.nanoTime() + "@client.test>\n"
                + "Content-Type: text/plain; charset=UTF-8\n\nTexto de " + subject + "\n";
    }

    /** A mailbox of the account and a ticket a customer opened by mail, with the tag its confirmation carried. */
    private record Channel(TestAccount account, SupportMailbox mailbox, String customer, long protocol, String tag) {

        static Channel open(TestAccount account, String name) {
            SupportMailbox mailbox = SupportMailbox.create(account.admin, Mailbox.started().greenMail(),
                    DemoMailServer.DEFAULT_IMAP_PORT, name + "-" + account.suffix + "@it.test", account.supportId,
                    account.supportCategoryId);
            String customer = "ana-" + name + "-" + account.suffix + "@it.test";
            ok(account.admin.put("/mail-channel/settings", Json.createObjectBuilder().add("registerSenders", true)
                    .add("confirmTickets", true).build()));
            mailbox.deliver(mail(customer, "Primeiro " + account.suffix, ""));
            long protocol = SupportMailbox.awaitTaken(account.admin, customer, "Primeiro", WAIT)
                    .getJsonNumber("ticketProtocol").longValue();
            return new Channel(account, mailbox, customer, protocol, Mailbox.ticketTag(customer, protocol, WAIT));
        }

        void close() {
            account.admin.put("/mail-channel/mailboxes/" + mailbox.id, Json.createObjectBuilder()
                    .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                    .add("host", "localhost").add("port", DemoMailServer.DEFAULT_IMAP_PORT).add("security", "NONE")
                    .add("username", mailbox.address).add("active", false).build());
        }
    }
}
