package dev.helpdesk.batch;

import dev.helpdesk.sla.application.SlaEvaluation;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Evaluates a chunk of SLA clocks at the current time, in the chunk's transaction. */
@Named
@Dependent
public class SlaAlertWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(SlaAlertWriter.class.getName());

    @EJB
    private SlaEvaluation evaluation;

    @Inject
    private Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        int alerts = evaluation.evaluate(ids, clock.instant());
        if (alerts > 0) {
            LOG.fine(() -> "SLA evaluation raised " + alerts + " alerts for " + ids.size() + " clocks");
        }
    }
}
