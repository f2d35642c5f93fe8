package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * A department's support address on the tests' mail server (GreenMail, IMAP on 3143), registered in the help desk
 * as a mailbox read every 5 seconds (the shortest interval a mailbox may have; the server looks for due mailboxes
 * every second in the tests, so a new one is read within a second). Messages are put straight into its inbox as raw RFC 822 text, exactly as
 * written (sending them over SMTP would give them a new Message-ID).
 */
final class SupportMailbox {

    static final String PASSWORD = "imap-secret";

    final String address;
    final long id;
    private final GreenMailUser user;
    private final GreenMail greenMail;

    private SupportMailbox(String address, long id, GreenMailUser user, GreenMail greenMail) {
        this.address = address;
        this.id = id;
        this.user = user;
        this.greenMail = greenMail;
    }

    /** A new mailbox for the department, read from the mail server at {@code imapPort}. */
    static SupportMailbox create(ApiClient admin, GreenMail greenMail, int imapPort, String address,
                                 long departmentId, long categoryId) {
        GreenMailUser user = greenMail.setUser(address, address, PASSWORD);
        ApiClient.Response created = admin.post("/mail-channel/mailboxes", Json.createObjectBuilder()
                .add("address", address).add("departmentId", departmentId).add("categoryId", categoryId)
                .add("host", "localhost").add("port", imapPort).add("security", "NONE").add("username", address)
                .add("password", PASSWORD).add("pollSeconds", 5).build());
        assertEquals(201, created.status(), created.toString());
        return new SupportMailbox(address, created.json().getJsonNumber("id").longValue(), user, greenMail);
    }

    /** Puts a message, written with \n line ends, into the inbox. */
    void deliver(String rfc822) {
        deliver(user, rfc822);
    }

    /** Puts a message into the inbox of a mail server user created before. */
    static void deliverTo(GreenMail greenMail, String address, String rfc822) {
        deliver(greenMail.getUserManager().getUser(address), rfc822);
    }

    private static void deliver(GreenMailUser user, String rfc822) {
        byte[] raw = rfc822.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        try {
            user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    int waiting() {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the help desk has taken every message out of the inbox. */
    void awaitEmpty(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (waiting() > 0) {
            if (Instant.now().isAfter(deadline)) {
                fail(waiting() + " messages still wait in " + address);
            }
            // the inbox is in this JVM: cheap to look at
            pause(100);
        }
    }

    /** The record of the newest message taken in from the sender whose subject contains {@code subjectPart}. */
    static JsonObject awaitTaken(ApiClient admin, String sender, String subjectPart, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (var value : admin.get("/mail-channel/messages?limit=200").jsonValue().asJsonArray()) {
                JsonObject message = value.asJsonObject();
                if (sender.equalsIgnoreCase(message.getString("sender", ""))
                        && message.getString("subject", "").contains(subjectPart)) {
                    return message;
                }
            }
            // each look asks the server for its last 200 messages
            pause(200);
        }
        return fail("no message from " + sender + " about '" + subjectPart + "' was taken in");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
