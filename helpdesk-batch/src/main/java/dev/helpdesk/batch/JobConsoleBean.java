package dev.helpdesk.batch;

import dev.helpdesk.operations.application.JobConsole;
import dev.helpdesk.operations.application.JobRunView;
import dev.helpdesk.operations.application.JobView;
import dev.helpdesk.operations.domain.JobSchedule;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The operator console over Jakarta Batch's job operator. Lives in the batch module because the job operator finds
 * job XML in the module it is called from. Administrators only.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class JobConsoleBean implements JobConsole {

    /** The jobs of META-INF/batch-jobs, in the order the console shows them. */
    static final List<String> JOBS = List.of("sla-evaluation", "auto-close", "schedule-notices",
            "dashboard-figures");

    private static final Set<BatchStatus> GOING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private JobScheduler scheduler;

    @Override
    public List<JobView> jobs() {
        return JOBS.stream().map(this::view).toList();
    }

    @Override
    public JobView schedule(String jobName, int everyMinutes, boolean enabled) {
        requireKnown(jobName);
        JobSchedule schedule = em.find(JobSchedule.class, jobName);
        schedule.change(everyMinutes, enabled);
        em.flush();
        scheduler.plan(schedule);
        return view(jobName);
    }

    private JobView view(String jobName) {
        JobSchedule schedule = em.find(JobSchedule.class, jobName);
        return new JobView(jobName, schedule.everyMinutes(), schedule.isEnabled(),
                scheduler.nextRun(jobName).orElse(null), runs(jobName, 1).stream().findFirst().orElse(null));
    }

    @Override
    public List<JobRunView> runs(String jobName, int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        requireKnown(jobName);
        List<JobExecution> executions = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(jobName, 0, Math.max(1, max))) {
                executions.addAll(operator.getJobExecutions(instance));
            }
        } catch (NoSuchJobException e) {
            return List.of();
        }
        return executions.stream().sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .limit(Math.max(1, max)).map(e -> view(operator, e)).toList();
    }

    @Override
    public JobRunView run(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return view(operator, execution(operator, executionId));
    }

    @Override
    public JobRunView start(String jobName) {
        requireKnown(jobName);
        if (runs(jobName, 5).stream().anyMatch(r -> GOING.contains(BatchStatus.valueOf(r.status())))) {
            throw new InvalidInputException("jobName", "validation.job.running");
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        return run(operator.start(jobName, new Properties()));
    }

    @Override
    public void stop(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = execution(operator, executionId);
        if (!GOING.contains(execution.getBatchStatus())) {
            throw new InvalidInputException("executionId", "validation.job.notRunning");
        }
        operator.stop(executionId);
    }

    @Override
    public JobRunView restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = execution(operator, executionId);
        if (execution.getBatchStatus() != BatchStatus.FAILED && execution.getBatchStatus() != BatchStatus.STOPPED) {
            throw new InvalidInputException("executionId", "validation.job.notRestartable");
        }
        return run(operator.restart(executionId, new Properties()));
    }

    private static JobExecution execution(JobOperator operator, long executionId) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            requireKnown(execution.getJobName());
            return execution;
        } catch (NoSuchJobExecutionException | InvalidInputException e) {
            throw new NotFoundException("job execution", executionId);
        }
    }

    private static void requireKnown(String jobName) {
        if (!JOBS.contains(jobName)) {
            throw new InvalidInputException("jobName", "validation.option");
        }
    }

    private static JobRunView view(JobOperator operator, JobExecution execution) {
        long processed = 0;
        long total = -1;
        String failure = null;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.READ_COUNT) {
                    processed += metric.getValue();
                }
            }
            if (step.getPersistentUserData() instanceof Progress progress) {
                total = Math.max(total, 0) + progress.total();
            }
            if (step.getBatchStatus() == BatchStatus.FAILED && step.getExitStatus() != null) {
                failure = step.getStepName() + ": " + step.getExitStatus();
            }
        }
        return new JobRunView(execution.getExecutionId(), execution.getJobName(), execution.getBatchStatus().name(),
                execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()),
                processed, total, failure);
    }

    private static java.time.Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
