package dev.helpdesk.batch;

import dev.helpdesk.operations.application.JobFailureNotice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, runs that the job repository still calls going can only be runs this server was doing when it
 * died (one node runs the jobs): they are marked FAILED, so that the console can restart them from their last
 * checkpoint and a new run is not refused as "already running", and the operators are mailed as for any failed run.
 * Jakarta Batch itself leaves them STARTED.
 */
@Singleton
@Startup
@DependsOn("helpdesk-ejb.jar#SchemaMigration")
public class CrashedRunsSweep {

    private static final Logger LOG = Logger.getLogger(CrashedRunsSweep.class.getName());
    private static final String GOING = "('STARTING', 'STARTED', 'STOPPING')";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private JobFailureNotice failureNotice;

    @Inject
    private Clock clock;

    @PostConstruct
    void markCrashedRunsFailed() {
        try {
            sweep();
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "Could not look for job runs cut short by a crash", e);
        }
    }

    private void sweep() {
        @SuppressWarnings("unchecked")
        List<Object[]> crashed = em.createNativeQuery("SELECT e.JOBEXECUTIONID, i.JOBNAME FROM JOB_EXECUTION e "
                + "JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID WHERE e.BATCHSTATUS IN " + GOING)
                .getResultList();
        int steps = em.createNativeQuery("UPDATE STEP_EXECUTION SET BATCHSTATUS = 'FAILED', "
                + "EXITSTATUS = 'CRASHED', ENDTIME = CURRENT_TIMESTAMP WHERE BATCHSTATUS IN " + GOING)
                .executeUpdate();
        int jobs = em.createNativeQuery("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED', "
                + "EXITSTATUS = 'CRASHED', ENDTIME = CURRENT_TIMESTAMP WHERE BATCHSTATUS IN " + GOING)
                .executeUpdate();
        Instant now = clock.instant();
        for (Object[] run : crashed) {
            failureNotice.runFailed((String) run[1], ((Number) run[0]).longValue(), "CRASHED", now);
        }
        if (jobs > 0) {
            LOG.warning(() -> jobs + " job runs (" + steps + " steps) were cut short by a crash; marked FAILED, "
                    + "restart them from Management > Scheduled jobs");
        }
    }
}
