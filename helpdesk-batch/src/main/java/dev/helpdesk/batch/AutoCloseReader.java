package dev.helpdesk.batch;

import dev.helpdesk.automation.application.AutoCloseRun;
import dev.helpdesk.automation.application.TicketKey;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** The auto-close job's tickets: waiting on the customer since before the account's limit. */
@Named
@Dependent
public class AutoCloseReader extends TicketKeyReader {

    @EJB
    private AutoCloseRun run;

    @Override
    long count(Instant now) {
        return run.countCandidates(now);
    }

    @Override
    List<TicketKey> next(TicketKey after, int max, Instant now) {
        return run.candidates(after, max, now);
    }
}
