package dev.helpdesk.batch;

import dev.helpdesk.automation.application.ScheduleNoticeRun;
import dev.helpdesk.automation.application.TicketKey;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** Sends a chunk's notices (mail and panel notice) in the chunk's transaction, marking each ticket noticed. */
@Named
@Dependent
public class ScheduleNoticeWriter extends AbstractItemWriter {

    @EJB
    private ScheduleNoticeRun run;

    @Inject
    private Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        run.process(items.stream().map(TicketKey.class::cast).toList(), clock.instant());
    }
}
