package dev.helpdesk.batch;

import dev.helpdesk.dashboard.application.TicketFiguresReconciliation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The dashboard-figures job's last step: the summary rows of tickets that no longer exist go. */
@Named
@Dependent
public class OrphanFiguresRemoval extends AbstractBatchlet {

    @EJB
    private TicketFiguresReconciliation reconciliation;

    @Override
    public String process() {
        return "removed " + reconciliation.removeOrphans();
    }
}
