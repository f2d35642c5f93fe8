package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

/**
 * The marker for "every mail that was going to leave has left": the outbox, read through the administrators' API,
 * holds no mail still waiting or being sent. Mails are written with the change that causes them, so once a request
 * (or a job run) has answered, this is how long a test waits before it counts what did not arrive.
 */
final class Outbox {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Outbox() {
    }

    /** Waits until no mail of the ticket is pending or being sent. */
    static void awaitSettled(ApiClient admin, long ticketProtocol) throws InterruptedException {
        awaitSettled(admin, "&ticket=" + ticketProtocol);
    }

    /** Waits until no mail at all is pending or being sent. */
    static void awaitAllSettled(ApiClient admin) throws InterruptedException {
        awaitSettled(admin, "");
    }

    private static void awaitSettled(ApiClient admin, String filter) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            int unsent = unsent(admin, "PENDING", filter) + unsent(admin, "SENDING", filter);
            if (unsent == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(unsent + " mails still unsent after " + TIMEOUT);
            }
            Thread.sleep(200);
        }
    }

    private static int unsent(ApiClient admin, String state, String filter) {
        ApiClient.Response page = admin.get("/outbox?limit=200&state=" + state + filter);
        assertEquals(200, page.status(), page::toString);
        return page.jsonValue().asJsonArray().size();
    }
}
