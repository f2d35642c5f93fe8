package dev.helpdesk.operations.application;

import jakarta.ejb.Local;
import java.util.List;

/** The operator console: the help desk's batch jobs, their runs, and starting, stopping and restarting them. */
@Local
public interface JobConsole {

    /** The jobs operators can run, with their last run. */
    List<JobView> jobs();

    /** The latest runs of a job, newest first. */
    List<JobRunView> runs(String jobName, int max);

    JobRunView run(long executionId);

    /** Starts a run now; refused while another run of the same job is going. */
    JobRunView start(String jobName);

    void stop(long executionId);

    /** Restarts a failed or stopped run from its last checkpoint. */
    JobRunView restart(long executionId);

    /** Runs the job by itself every {@code everyMinutes}, or not at all; takes effect at once, no redeploy. */
    JobView schedule(String jobName, int everyMinutes, boolean enabled);
}
