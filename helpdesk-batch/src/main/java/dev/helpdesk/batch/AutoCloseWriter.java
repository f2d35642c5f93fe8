package dev.helpdesk.batch;

import dev.helpdesk.automation.application.AutoCloseRun;
import dev.helpdesk.automation.application.TicketKey;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** Warns or closes a chunk of tickets, with their mails, in the chunk's transaction. */
@Named
@Dependent
public class AutoCloseWriter extends AbstractItemWriter {

    @EJB
    private AutoCloseRun run;

    @Inject
    private Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        run.process(items.stream().map(TicketKey.class::cast).toList(), clock.instant());
    }
}
