package dev.helpdesk.batch;

import dev.helpdesk.automation.application.TicketKey;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads tickets by key (a time column, then protocol) a page at a time, after the last key read. The checkpoint is
 * the last key handed to the writer, so a run restarted after a crash resumes after the last committed chunk.
 */
abstract class TicketKeyReader extends AbstractItemReader {

    private static final int PAGE = 100;

    @Inject
    private StepContext step;

    @Inject
    private Clock clock;

    private final Deque<TicketKey> page = new ArrayDeque<>();
    private TicketKey last;
    private boolean exhausted;

    /** How many tickets the step expects, for the progress bar. */
    abstract long count(Instant now);

    /** The next tickets after {@code after}, in key order. */
    abstract List<TicketKey> next(TicketKey after, int max, Instant now);

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? TicketKey.START : (TicketKey) checkpoint;
        if (step.getPersistentUserData() == null) {
            step.setPersistentUserData(new Progress(count(clock.instant())));
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<TicketKey> next = next(last, PAGE, clock.instant());
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        TicketKey key = page.poll();
        if (key != null) {
            last = key;
        }
        return key;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
