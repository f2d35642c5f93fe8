package dev.helpdesk.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, runs that the job repository still calls going can only be runs this server was doing when it
 * died (one node runs the jobs): they are marked FAILED, so that the console can restart them from their last
 * checkpoint and a new run is not refused as "already running". Jakarta Batch itself leaves them STARTED.
 */
@Singleton
@Startup
public class CrashedRunsSweep {

    private static final Logger LOG = Logger.getLogger(CrashedRunsSweep.class.getName());
    private static final String GOING = "('STARTING', 'STARTED', 'STOPPING')";

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void markCrashedRunsFailed() {
        try {
            sweep();
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "Could not look for job runs cut short by a crash", e);
        }
    }

    private void sweep() {
        int steps = em.createNativeQuery("UPDATE STEP_EXECUTION SET BATCHSTATUS = 'FAILED', "
                + "EXITSTATUS = 'CRASHED', ENDTIME = CURRENT_TIMESTAMP WHERE BATCHSTATUS IN " + GOING)
                .executeUpdate();
        int jobs = em.createNativeQuery("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED', "
                + "EXITSTATUS = 'CRASHED', ENDTIME = CURRENT_TIMESTAMP WHERE BATCHSTATUS IN " + GOING)
                .executeUpdate();
        if (jobs > 0) {
            LOG.warning(() -> jobs + " job runs (" + steps + " steps) were cut short by a crash; marked FAILED, "
                    + "restart them from Management > Scheduled jobs");
        }
    }
}
