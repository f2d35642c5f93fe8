package dev.helpdesk.dashboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A ticket's summary row for the period widgets: the days it was opened, first answered and finished (in the
 * account's time zone), how many minutes those took, and the columns the viewer's scope compares; with its
 * situation, the row also remembers where the ticket counted among the open ones ({@link #place()}). The scope
 * applies to these rows as to tickets, so the period widgets count what the ticket list shows.
 */
@Entity
@Table(name = "dashboard_ticket")
public class TicketFigures extends TicketPlaceColumns {

    @Id
    private Long protocol;

    private LocalDate createdOn;

    private LocalDate respondedOn;

    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

    private LocalDate finishedOn;

    private Integer resolutionMinutes;

    @Version
    private long version;

    protected TicketFigures() {
    }

    /** The row of a ticket as its facts say. */
    public static TicketFigures of(TicketFacts facts, ZoneId zone) {
        TicketFigures figures = new TicketFigures();
        figures.protocol = facts.protocol();
        figures.reconcile(facts, zone);
        return figures;
    }

    /**
     * Follows a change of the ticket: its situation, where it is, whose it is, when it finished; the first response
     * stays as it was recorded.
     */
    public void follow(TicketFacts facts, ZoneId zone) {
        placeAt(facts.place());
        createdOn = day(facts.createdAt(), zone);
        finishedOn = facts.closedAt() == null ? null : day(facts.closedAt(), zone);
        resolutionMinutes = facts.closedAt() == null ? null : minutes(facts.createdAt(), facts.closedAt());
    }

    /** An agent answered at {@code at}: the first response, unless one came before. */
    public void answered(Instant at, Instant openedAt, ZoneId zone) {
        if (respondedOn == null) {
            respondedOn = day(at, zone);
            firstResponseMinutes = minutes(openedAt, at);
        }
    }

    /**
     * Makes the row say exactly what the facts (read from the ticket and its history) say; answers whether it
     * said something else.
     */
    public boolean reconcile(TicketFacts facts, ZoneId zone) {
        LocalDate answeredOn = facts.firstAnswer() == null ? null : day(facts.firstAnswer(), zone);
        Integer responseMinutes = facts.firstAnswer() == null ? null
                : minutes(facts.createdAt(), facts.firstAnswer());
        LocalDate finished = facts.closedAt() == null ? null : day(facts.closedAt(), zone);
        Integer resolution = facts.closedAt() == null ? null : minutes(facts.createdAt(), facts.closedAt());
        boolean differs = !place().equals(facts.place())
                || !Objects.equals(createdOn, day(facts.createdAt(), zone))
                || !Objects.equals(respondedOn, answeredOn) || !Objects.equals(firstResponseMinutes, responseMinutes)
                || !Objects.equals(finishedOn, finished) || !Objects.equals(resolutionMinutes, resolution);
        follow(facts, zone);
        respondedOn = answeredOn;
        firstResponseMinutes = responseMinutes;
        return differs;
    }

    public Long protocol() {
        return protocol;
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public LocalDate respondedOn() {
        return respondedOn;
    }

    public LocalDate finishedOn() {
        return finishedOn;
    }

    public Integer firstResponseMinutes() {
        return firstResponseMinutes;
    }

    public Integer resolutionMinutes() {
        return resolutionMinutes;
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private static int minutes(Instant from, Instant to) {
        return (int) Math.max(0, Duration.between(from, to).toMinutes());
    }
}
