package dev.helpdesk.batch;

import dev.helpdesk.sla.application.SlaEvaluation;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of running SLA clocks in id order, a page at a time (keyset: after the last id read). The
 * checkpoint is the last id handed to the writer, so a restart resumes after the last committed chunk.
 */
@Named
@Dependent
public class SlaClockReader extends AbstractItemReader {

    private static final int PAGE = 100;

    @EJB
    private SlaEvaluation evaluation;

    @Inject
    private StepContext step;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        if (step.getPersistentUserData() == null) {
            step.setPersistentUserData(new Progress(evaluation.countRunningClocks()));
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            var next = evaluation.runningClockIds(lastId, PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
