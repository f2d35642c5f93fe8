package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Images pasted into a mail (an HTML alternative in {@code multipart/related}, shown through {@code cid:}) are kept
 * as files of the ticket's message, with their type and a name when the mail gives none, both when the mail opens
 * a ticket and when it answers one; the help desk serves them to be shown in the page.
 */
@ExtendWith(HelpdeskServer.class)
class InlineImageMailIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The first bytes of a PNG file: enough for the help desk, which stores what it gets. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void inlineImagesOfAMailBecomeFilesOfItsMessage() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting channel = SavedSetting.read(admin, "/mail-channel/settings");
        try {
            admin.put("/mail-channel/settings", Json.createObjectBuilder(channel.value())
                    .add("registerSenders", true).build());
            SupportMailbox mailbox = SupportMailbox.create(admin, Mailbox.started().greenMail(),
                    DemoMailServer.DEFAULT_IMAP_PORT, "imagens-" + account.suffix + "@it.test", account.supportId,
                    account.supportCategoryId);
            String dora = "dora-" + account.suffix + "@it.test";
            mailbox.deliver(withInlineImages(dora, mailbox.address, "Tela de erro " + account.suffix,
                    "<screen-" + account.suffix + "@client.test>"));

            JsonObject taken = SupportMailbox.awaitTaken(admin, dora, "Tela de erro", WAIT);
            assertEquals("TICKET", taken.getString("outcome"));
            long protocol = taken.getJsonNumber("ticketProtocol").longValue();
            JsonObject ticket = admin.get("/tickets/" + protocol).json();
            assertEquals("Veja o erro:\n[image: erro]", ticket.getString("message"),
                    "the plain text is the message, once");
            JsonArray files = ticket.getJsonArray("attachments");
            assertEquals(List.of("image-1.png", "logo.gif"), files.stream()
                    .map(f -> f.asJsonObject().getString("fileName")).toList());
            JsonObject screenshot = files.getJsonObject(0);
            assertEquals("image/png", screenshot.getString("contentType"));
            assertEquals(PNG.length, screenshot.getJsonNumber("sizeBytes").longValue());
            assertEquals("image/gif", files.getJsonObject(1).getString("contentType"));

            ApiClient customer = account.clientFor(dora);
            ApiClient.Response image = customer.get("/tickets/" + protocol + "/attachments/"
                    + screenshot.getJsonNumber("id"));
            assertEquals(200, image.status());
            assertEquals("image/png", image.header("Content-Type"));
            assertEquals(true, image.header("Content-Disposition").startsWith("inline"),
                    "shown in the page, as the conversation shows it under the text");
            assertEquals(404, account.clientFor(account.customerEmail).get("/tickets/" + protocol + "/attachments/"
                    + screenshot.getJsonNumber("id")).status(), "another customer never sees it");

            // the reply to the ticket brings a screenshot of its own, on the reply
            String tag = Mailbox.ticketTag(account.supportAgentEmail, protocol, WAIT);
            mailbox.deliver(withInlineImages(dora, mailbox.address, "Re: " + tag + " mais uma tela",
                    "<screen-2-" + account.suffix + "@client.test>"));
            JsonObject reply = SupportMailbox.awaitTaken(admin, dora, "mais uma tela", WAIT);
            assertEquals("REPLY", reply.getString("outcome"));
            JsonObject answer = admin.get("/tickets/" + protocol).json().getJsonArray("replies").getJsonObject(0);
            assertEquals("Veja o erro:\n[image: erro]", answer.getString("body"));
            assertEquals(List.of("image-1.png", "logo.gif"), answer.getJsonArray("attachments").stream()
                    .map(f -> f.asJsonObject().getString("fileName")).toList());
        } finally {
            channel.restore();
        }
    }

    /** A mail as Gmail or Outlook write one with a pasted screenshot: text, and HTML with its images by cid. */
    private static String withInlineImages(String from, String to, String subject, String messageId) {
        return """
                From: Dora <%s>
                To: %s
                Subject: %s
                Message-ID: %s
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=UTF-8

                Veja o erro:
                [image: erro]
                --alt
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: text/html; charset=UTF-8

                <div>Veja o erro:<br><img src="cid:erro@client.test" alt="erro"><img src="cid:logo@client.test"></div>
                --rel
                Content-Type: image/png
                Content-Disposition: inline
                Content-ID: <erro@client.test>
                Content-Transfer-Encoding: base64

                %s
                --rel
                Content-Type: image/gif; name="logo.gif"
                Content-ID: <logo@client.test>
                Content-Transfer-Encoding: base64

                R0lGODlh
                --rel--
                --alt--
                """.formatted(from, to, subject, messageId, Base64.getEncoder().encodeToString(PNG));
    }
}
