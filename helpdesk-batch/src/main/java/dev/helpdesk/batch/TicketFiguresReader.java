package dev.helpdesk.batch;

import dev.helpdesk.dashboard.application.TicketFiguresReconciliation;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads every ticket's protocol in order, a page at a time (keyset: after the last one read), for the
 * dashboard-figures job. The checkpoint is the last protocol handed to the writer, so a restart resumes after the
 * last committed chunk.
 */
@Named
@Dependent
public class TicketFiguresReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @EJB
    private TicketFiguresReconciliation reconciliation;

    @Inject
    private StepContext step;

    private final Deque<Long> page = new ArrayDeque<>();
    private long last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0L : (Long) checkpoint;
        if (step.getPersistentUserData() == null) {
            step.setPersistentUserData(new Progress(reconciliation.countTickets()));
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Long> next = reconciliation.protocolsAfter(last, PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        Long protocol = page.poll();
        if (protocol != null) {
            last = protocol;
        }
        return protocol;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
