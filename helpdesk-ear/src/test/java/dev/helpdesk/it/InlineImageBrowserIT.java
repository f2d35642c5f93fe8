package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A screenshot pasted into a mail is shown as a picture under the message in the agent's ticket page (the page shows
 * messages as plain text, so the image is one of the message's files, previewed), next to its link.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class InlineImageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void theAgentSeesThePastedImageUnderTheMessage() throws IOException {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting channel = SavedSetting.read(admin, "/mail-channel/settings");
        try {
            admin.put("/mail-channel/settings", Json.createObjectBuilder(channel.value())
                    .add("registerSenders", true).build());
            SupportMailbox mailbox = SupportMailbox.create(admin, Mailbox.started().greenMail(),
                    DemoMailServer.DEFAULT_IMAP_PORT, "telas-" + account.suffix + "@it.test", account.supportId,
                    account.supportCategoryId);
            String sender = "fabio-" + account.suffix + "@it.test";
            mailbox.deliver("""
                    From: Fábio <%s>
                    Subject: Tela azul %s
                    Message-ID: <blue-%s@client.test>
                    MIME-Version: 1.0
                    Content-Type: multipart/alternative; boundary="alt"

                    --alt
                    Content-Type: text/plain; charset=UTF-8

                    A tela ficou assim:
                    --alt
                    Content-Type: multipart/related; boundary="rel"

                    --rel
                    Content-Type: text/html; charset=UTF-8

                    <p>A tela ficou assim:</p><img src="cid:tela@client.test">
                    --rel
                    Content-Type: image/png
                    Content-ID: <tela@client.test>
                    Content-Disposition: inline
                    Content-Transfer-Encoding: base64

                    %s
                    --rel--
                    --alt--
                    """.formatted(sender, account.suffix, account.suffix, Base64.getMimeEncoder().encodeToString(png())));
            long protocol = SupportMailbox.awaitTaken(admin, sender, "Tela azul", WAIT)
                    .getJsonNumber("ticketProtocol").longValue();

            try (Browser agent = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
                agent.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
                agent.open("/agent/ticket.xhtml?protocol=" + protocol);
                assertTrue(agent.waitForText(By.id("ticketTitle"), "Tela azul"));
                assertTrue(agent.pageText().contains("image-1.png"), "listed among the message's files");
                assertEquals(48L, loadedWidth(agent), "the picture itself is shown, loaded from the attachment");
                agent.screenshot("inline-image-preview");
            }
        } finally {
            channel.restore();
        }
    }

    /** The width of the preview once the browser has loaded it (-1 while it loads, 0 when it failed). */
    private static Object loadedWidth(Browser agent) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Object width;
        do {
            width = agent.script("const img = document.querySelector('#openingMessage img.hd-attachment-preview');"
                    + " return img && img.complete ? img.naturalWidth : -1;");
            if (!Long.valueOf(-1).equals(width)) {
                return width;
            }
            SupportMailbox.pause(100);
        } while (Instant.now().isBefore(deadline));
        return width;
    }

    /** A real 48×24 PNG, so that the browser has a picture to show. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(48, 24, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x1e, 0x5a, 0xc8));
        graphics.fillRect(0, 0, 48, 24);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
