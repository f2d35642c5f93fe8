package dev.helpdesk.operations.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** How often a batch job runs by itself, every so many minutes, or not at all. */
@Entity
public class JobSchedule {

    public static final int MAX_MINUTES = 7 * 24 * 60;

    @Id
    private String jobName;

    private int everyMinutes;

    private boolean enabled;

    @Version
    private long version;

    protected JobSchedule() {
    }

    public void change(int newEveryMinutes, boolean newEnabled) {
        if (newEveryMinutes < 1 || newEveryMinutes > MAX_MINUTES) {
            throw new InvalidInputException("everyMinutes", "validation.job.everyMinutes");
        }
        this.everyMinutes = newEveryMinutes;
        this.enabled = newEnabled;
    }

    public String jobName() {
        return jobName;
    }

    public int everyMinutes() {
        return everyMinutes;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
