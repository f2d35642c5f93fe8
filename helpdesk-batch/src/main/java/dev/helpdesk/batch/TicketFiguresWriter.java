package dev.helpdesk.batch;

import dev.helpdesk.dashboard.application.TicketFiguresReconciliation;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/** Reconciles a chunk of tickets' summary rows with the tickets, in the chunk's transaction. */
@Named
@Dependent
public class TicketFiguresWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(TicketFiguresWriter.class.getName());

    @EJB
    private TicketFiguresReconciliation reconciliation;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> protocols = items.stream().map(Long.class::cast).toList();
        int corrected = reconciliation.reconcile(protocols);
        if (corrected > 0) {
            LOG.fine(() -> "Dashboard figures: " + corrected + " of " + protocols.size() + " rows written anew");
        }
    }
}
