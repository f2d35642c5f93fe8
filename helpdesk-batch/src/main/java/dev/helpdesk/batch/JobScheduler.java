package dev.helpdesk.batch;

import dev.helpdesk.operations.application.JobConsole;
import dev.helpdesk.operations.domain.JobSchedule;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each batch job by itself as its schedule says, with persistent interval timers: they live in the database
 * timer store (batch.cli), so they survive restarts and, on a cluster sharing the database, each timeout runs on
 * one node. A changed schedule replaces the job's timer at once. Callers are the console, which checks who calls.
 */
@Singleton
@Startup
@DependsOn("helpdesk-ejb.jar#SchemaMigration")
@RunAs(Roles.ADMIN)
@PermitAll
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    /** What a job's timer carries: the job and the schedule it was made for. */
    record Planned(String jobName, int everyMinutes) implements Serializable {
    }

    @Resource
    private TimerService timers;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private JobConsole console;

    @PostConstruct
    void planAll() {
        em.createQuery("SELECT s FROM JobSchedule s", JobSchedule.class).getResultList().forEach(this::plan);
    }

    /** Makes the job's timer match its schedule: none when disabled, one every N minutes otherwise. */
    @Lock(LockType.WRITE)
    public void plan(JobSchedule schedule) {
        Planned wanted = schedule.isEnabled() ? new Planned(schedule.jobName(), schedule.everyMinutes()) : null;
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof Planned planned && planned.jobName().equals(schedule.jobName())) {
                if (planned.equals(wanted) && !present) {
                    present = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (wanted != null && !present) {
            long every = Duration.ofMinutes(wanted.everyMinutes()).toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig(wanted, true));
        }
    }

    @Lock(LockType.READ)
    public Optional<Instant> nextRun(String jobName) {
        return timers.getTimers().stream()
                .filter(t -> t.getInfo() instanceof Planned planned && planned.jobName().equals(jobName))
                .map(t -> t.getNextTimeout().toInstant())
                .min(Instant::compareTo);
    }

    @Timeout
    void run(Timer timer) {
        if (!(timer.getInfo() instanceof Planned planned)) {
            return;
        }
        try {
            console.start(planned.jobName());
        } catch (InvalidInputException e) {
            LOG.fine(() -> "The previous run of " + planned.jobName() + " is still going");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start " + planned.jobName(), e);
        }
    }
}
