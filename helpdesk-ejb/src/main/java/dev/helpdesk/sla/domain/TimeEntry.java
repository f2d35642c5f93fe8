package dev.helpdesk.sla.domain;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * Time an agent worked on a ticket: when it started and how many minutes. It counts against the customer's hours
 * contract in the month it started (in the account's time zone) and is billed at the ticket's hourly values.
 */
@Entity
public class TimeEntry {

    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ticketProtocol;

    private long agentId;

    private Instant startedAt;

    private int minutes;

    private String note;

    private Instant createdAt;

    protected TimeEntry() {
    }

    public TimeEntry(long ticketProtocol, long agentId, Instant startedAt, int minutes, String note, Instant now) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new InvalidInputException("minutes", "validation.timeEntry.minutes");
        }
        if (startedAt != null && startedAt.isAfter(now)) {
            throw new InvalidInputException("startedAt", "validation.timeEntry.future");
        }
        this.ticketProtocol = ticketProtocol;
        this.agentId = agentId;
        this.startedAt = startedAt == null ? now.minusSeconds(minutes * 60L) : startedAt;
        this.minutes = minutes;
        this.note = note == null || note.isBlank() ? null : Inputs.requiredText("note", note, MAX_NOTE_LENGTH);
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long ticketProtocol() {
        return ticketProtocol;
    }

    public int minutes() {
        return minutes;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
