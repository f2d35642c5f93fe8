package dev.helpdesk.batch;

import dev.helpdesk.dashboard.application.OpenTicketCounts;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * The dashboard-figures job's first step: the open-ticket counts made to match the open tickets, then each place's
 * rows folded into one, a chunk of rows per transaction.
 */
@Named
@Dependent
public class OpenCountsCorrection extends AbstractBatchlet {

    @EJB
    private OpenTicketCounts counts;

    private volatile boolean stopping;

    @Override
    public String process() {
        int corrected = counts.correct();
        long last = counts.lastId();
        long taken = 0;
        while (!stopping && taken >= 0) {
            taken = counts.fold(taken, last);
        }
        return "corrected " + corrected;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
