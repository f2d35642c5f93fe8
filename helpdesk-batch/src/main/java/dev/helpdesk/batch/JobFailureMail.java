package dev.helpdesk.batch;

import dev.helpdesk.operations.application.JobFailureNotice;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** After every job run: a failed run is mailed to the operators. */
@Named
@Dependent
public class JobFailureMail extends AbstractJobListener {

    @Inject
    private JobContext job;

    @EJB
    private JobFailureNotice notice;

    @Inject
    private Clock clock;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED) {
            notice.runFailed(job.getJobName(), job.getExecutionId(), job.getExitStatus(), clock.instant());
        }
    }
}
