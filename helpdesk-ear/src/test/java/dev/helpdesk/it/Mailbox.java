package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.fail;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail server the tests' help desk sends to: the demo SMTP server on port 3025 (HELPDESK_SMTP_PORT in the
 * failsafe configuration), started once for the whole run, keeping every message it receives.
 */
final class Mailbox {

    private static DemoMailServer server;

    private Mailbox() {
    }

    static synchronized DemoMailServer started() {
        if (server == null) {
            server = DemoMailServer.start(DemoMailServer.DEFAULT_SMTP_PORT, DemoMailServer.DEFAULT_IMAP_PORT);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** Every message received so far for the recipient whose subject contains {@code subjectPart}. */
    static List<MimeMessage> received(String recipient, String subjectPart) {
        return Arrays.stream(started().greenMail().getReceivedMessages())
                .filter(to(recipient))
                .filter(m -> subject(m).contains(subjectPart))
                .toList();
    }

    /** Waits until at least {@code count} such messages arrived (the outbox sends every second in the tests). */
    static List<MimeMessage> await(String recipient, String subjectPart, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<MimeMessage> messages = received(recipient, subjectPart);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            pause();
            messages = received(recipient, subjectPart);
        }
        if (messages.size() < count) {
            fail("expected " + count + " mails to " + recipient + " about '" + subjectPart + "', got "
                    + messages.size());
        }
        return messages;
    }

    /**
     * Waits for a mail to the recipient about {@code subjectPart} whose body holds {@code text}: for a mailbox that
     * other tests write to as well (the first administrator's), where the first such mail may be another's.
     */
    static MimeMessage awaitContaining(String recipient, String subjectPart, String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (MimeMessage message : received(recipient, subjectPart)) {
                if (body(message).contains(text)) {
                    return message;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                return fail("no mail to " + recipient + " about '" + subjectPart + "' mentions " + text);
            }
            pause();
        }
    }

    /**
     * The ticket's tag as the help desk's mails to the recipient carry it, "[#1234-k7f2m9qx]": waits for the first
     * such mail. Only the server can make the code, so tests learn it the way a customer does, from a mail.
     */
    static String ticketTag(String recipient, long protocol, Duration timeout) {
        String subject = subject(await(recipient, "[#" + protocol + "-", 1, timeout).get(0));
        Matcher tag = Pattern.compile("\\[#" + protocol + "-[a-z2-7]+]").matcher(subject);
        if (!tag.find()) {
            fail("no tag of ticket " + protocol + " in '" + subject + "'");
        }
        return tag.group();
    }

    static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Predicate<MimeMessage> to(String recipient) {
        return message -> {
            try {
                // the messages put straight into a mailbox, as if received, may have no To at all
                return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                        .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    /** The mail server is in this JVM: looking again is cheap, and a mail is found a tenth of a second after it came. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
