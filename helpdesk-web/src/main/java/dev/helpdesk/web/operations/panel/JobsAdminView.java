package dev.helpdesk.web.operations.panel;

import dev.helpdesk.operations.application.JobConsole;
import dev.helpdesk.operations.application.JobRunView;
import dev.helpdesk.operations.application.JobView;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Management > Jobs, the operator console: every batch job with its runs (status, progress, times, failure), and
 * start, stop and restart. The page refreshes itself while a run is going.
 */
@Named
@ViewScoped
public class JobsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> GOING = Set.of("STARTING", "STARTED", "STOPPING");

    @EJB
    private JobConsole console;

    private List<JobView> jobs;
    /** What each job's field holds: a number, or the text the page sent (the map gives the page no type). */
    private final java.util.Map<String, Object> everyMinutes = new java.util.HashMap<>();
    private final java.util.Map<String, Boolean> enabled = new java.util.HashMap<>();
    private String selected;
    private List<JobRunView> runs;

    @PostConstruct
    void load() {
        jobs = console.jobs();
        jobs.forEach(j -> {
            everyMinutes.put(j.name(), j.everyMinutes());
            enabled.put(j.name(), j.enabled());
        });
        if (selected == null && !jobs.isEmpty()) {
            selected = jobs.get(0).name();
        }
        runs = selected == null ? List.of() : console.runs(selected, 20);
    }

    public void refresh() {
        load();
    }

    public void select(String jobName) {
        selected = jobName;
        load();
    }

    public void start(String jobName) {
        act(() -> console.start(jobName), "jobs.started");
        selected = jobName;
        load();
    }

    /**
     * Saves how often a job runs by itself; a number the schedule refuses (0, more than a week) is shown beside the
     * job's field and nothing is saved.
     */
    public void saveSchedule(String jobName) {
        try {
            console.schedule(jobName, minutes(everyMinutes.get(jobName)), Boolean.TRUE.equals(enabled.get(jobName)));
        } catch (InvalidInputException e) {
            int row = jobs.stream().map(JobView::name).toList().indexOf(jobName);
            Messages.fieldError("jobsForm:jobs:" + row, e);
            return;
        }
        Messages.info("jobs.scheduleSaved");
        load();
    }

    /** The whole number typed, or 0 (which the schedule refuses) for nothing or anything else. */
    static int minutes(Object typed) {
        if (typed instanceof Number number) {
            return number.intValue();
        }
        if (typed instanceof String text && !text.isBlank()) {
            try {
                return new java.math.BigDecimal(text.strip()).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                return 0;
            }
        }
        return 0;
    }

    public java.util.Map<String, Object> getEveryMinutes() {
        return everyMinutes;
    }

    public java.util.Map<String, Boolean> getEnabled() {
        return enabled;
    }

    public void stop(long executionId) {
        act(() -> console.stop(executionId), "jobs.stopping");
        load();
    }

    public void restart(long executionId) {
        act(() -> console.restart(executionId), "jobs.restarted");
        load();
    }

    private static void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
        } catch (InvalidInputException e) {
            Messages.error(e.messageKey());
        } catch (NotFoundException e) {
            Messages.error("jobs.unknownRun");
        }
    }

    /** Whether any run shown is still going: the page polls while it is. */
    public boolean isGoing() {
        return runs.stream().anyMatch(r -> GOING.contains(r.status()));
    }

    public boolean going(JobRunView run) {
        return GOING.contains(run.status());
    }

    public boolean restartable(JobRunView run) {
        return "FAILED".equals(run.status()) || "STOPPED".equals(run.status());
    }

    public List<JobView> getJobs() {
        return jobs;
    }

    public String getSelected() {
        return selected;
    }

    public List<JobRunView> getRuns() {
        return runs;
    }
}
