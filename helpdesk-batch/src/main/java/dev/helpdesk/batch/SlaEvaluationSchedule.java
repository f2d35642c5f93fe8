package dev.helpdesk.batch;

import dev.helpdesk.operations.application.JobConsole;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the SLA evaluation every five minutes, unless a run is still going. */
@Singleton
@RunAs(Roles.ADMIN)
public class SlaEvaluationSchedule {

    private static final Logger LOG = Logger.getLogger(SlaEvaluationSchedule.class.getName());

    @EJB
    private JobConsole console;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void evaluate() {
        try {
            console.start("sla-evaluation");
        } catch (InvalidInputException e) {
            LOG.fine("The previous SLA evaluation is still running");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start the SLA evaluation", e);
        }
    }
}
