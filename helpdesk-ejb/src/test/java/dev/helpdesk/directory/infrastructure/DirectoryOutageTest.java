package dev.helpdesk.directory.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An outage reaches the log once when it starts and once when it ends, however many attempts fail in between. */
class DirectoryOutageTest {

    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    private static final Logger LOG = Logger.getLogger(DirectoryOutage.class.getName());

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        LOG.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        LOG.removeHandler(handler);
    }

    @Test
    void manyFailuresMakeOneWarningWithoutAStackTraceAndTheAnswerOneLine() {
        DirectoryOutage outage = new DirectoryOutage();
        outage.answered(T0);
        assertEquals(List.of(), logged, "answering while up is nothing to tell");
        for (int i = 0; i < 20; i++) {
            outage.failed("127.0.0.1:10389: Connection refused", T0.plusSeconds(i));
        }
        assertTrue(outage.isDown());
        assertEquals(1, logged.size(), "one warning for the outage");
        LogRecord warning = logged.get(0);
        assertEquals(Level.WARNING, warning.getLevel());
        assertTrue(warning.getMessage().contains("does not answer: 127.0.0.1:10389: Connection refused"),
                warning.getMessage());
        assertNull(warning.getThrown(), "no stack trace");

        outage.answered(T0.plusSeconds(95));
        outage.answered(T0.plusSeconds(96));
        assertFalse(outage.isDown());
        assertEquals(2, logged.size(), "one line when it is back");
        assertEquals(Level.INFO, logged.get(1).getLevel());
        assertTrue(logged.get(1).getMessage().contains("answers again, after 95 s"), logged.get(1).getMessage());

        outage.failed("read timed out", T0.plusSeconds(200));
        assertEquals(3, logged.size(), "a new outage is told again");
    }

    @Test
    void loginsFailingTogetherStillMakeOneWarning() throws InterruptedException {
        DirectoryOutage outage = new DirectoryOutage();
        ExecutorService logins = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 64; i++) {
            logins.submit(() -> {
                start.await();
                outage.failed("read timed out", T0);
                return null;
            });
        }
        start.countDown();
        logins.shutdown();
        assertTrue(logins.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, logged.size());
    }
}
