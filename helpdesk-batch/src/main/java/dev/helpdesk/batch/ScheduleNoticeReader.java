package dev.helpdesk.batch;

import dev.helpdesk.automation.application.ScheduleNoticeRun;
import dev.helpdesk.automation.application.TicketKey;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** The scheduled-notices job's tickets: scheduled to start within the lead time, not yet noticed. */
@Named
@Dependent
public class ScheduleNoticeReader extends TicketKeyReader {

    @EJB
    private ScheduleNoticeRun run;

    @Override
    long count(Instant now) {
        return run.countDue(now);
    }

    @Override
    List<TicketKey> next(TicketKey after, int max, Instant now) {
        return run.due(after, max, now);
    }
}
