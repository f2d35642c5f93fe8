package dev.helpdesk.sla.application;

import dev.helpdesk.sla.domain.SlaClock;
import dev.helpdesk.sla.domain.SlaClockKind;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.event.ClosedForInactivity;
import dev.helpdesk.ticket.domain.event.RequesterReplied;
import dev.helpdesk.ticket.domain.event.TicketAnswered;
import dev.helpdesk.ticket.domain.event.TicketCancelled;
import dev.helpdesk.ticket.domain.event.TicketDeleted;
import dev.helpdesk.ticket.domain.event.TicketFinished;
import dev.helpdesk.ticket.domain.event.TicketFinishedByCustomer;
import dev.helpdesk.ticket.domain.event.TicketOpened;
import dev.helpdesk.ticket.domain.event.TicketPriorityChanged;
import dev.helpdesk.ticket.domain.event.TicketReopened;
import dev.helpdesk.ticket.domain.event.TicketTransferred;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the SLA clocks of tickets in step with what happens to them, observing the ticket's events inside the
 * transaction that changes the ticket: opening starts the first-response and deadline clocks; the first public
 * answer stops the first; an answer that waits for the customer pauses a deadline that pauses; the requester's reply
 * resumes it; finishing stops and reopening resumes; a new priority, department or category brings the rules that
 * now apply; a deleted ticket takes its clocks, alerts and worked time with it.
 */
@Stateless
@LocalBean
@PermitAll
public class SlaTracker {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SlaCalendars calendars;

    @EJB
    private SlaRules rules;

    public void opened(@Observes TicketOpened opened) {
        Ticket ticket = opened.ticket();
        for (SlaRuleKind kind : List.of(SlaRuleKind.FIRST_RESPONSE, SlaRuleKind.DEADLINE)) {
            rules.nearest(ticket, kind).filter(r -> r.target().isPresent()).ifPresent(rule -> {
                SlaClock clock = SlaClock.start(ticket.protocol(), kind.clock(), rule,
                        calendars.shiftOr(rule.shift()), ticket.createdAt());
                clock.refreshDue(calendars.of(clock.shift()), opened.at());
                em.persist(clock);
            });
        }
    }

    /** An agent's public answer: the first response is given; the deadline waits if its rule says so. */
    public void answered(@Observes TicketAnswered answered) {
        Instant now = answered.at();
        for (SlaClock clock : clocks(answered.ticket())) {
            if (clock.kind() == SlaClockKind.FIRST_RESPONSE) {
                change(clock, now, () -> clock.stop(now));
            } else if (clock.pausesOnReply()) {
                change(clock, now, () -> clock.pause(now));
            }
        }
    }

    /** The customer (or the requesting agent) wrote again: the deadline runs again. */
    public void requesterReplied(@Observes RequesterReplied replied) {
        Instant now = replied.at();
        clock(replied.ticket(), SlaClockKind.DEADLINE).ifPresent(c -> change(c, now, () -> c.resume(now)));
    }

    public void finished(@Observes TicketFinished finished) {
        stopAll(finished.ticket(), finished.at());
    }

    public void cancelled(@Observes TicketCancelled cancelled) {
        stopAll(cancelled.ticket(), cancelled.at());
    }

    public void finishedByCustomer(@Observes TicketFinishedByCustomer finished) {
        stopAll(finished.ticket(), finished.at());
    }

    public void closedForInactivity(@Observes ClosedForInactivity closed) {
        stopAll(closed.ticket(), closed.at());
    }

    public void reopened(@Observes TicketReopened reopened) {
        Instant now = reopened.at();
        clock(reopened.ticket(), SlaClockKind.DEADLINE).ifPresent(c -> change(c, now, () -> c.reopen(now)));
    }

    public void transferred(@Observes TicketTransferred transferred) {
        reclassified(transferred.ticket(), transferred.at());
    }

    public void priorityChanged(@Observes TicketPriorityChanged changed) {
        reclassified(changed.ticket(), changed.at());
    }

    /** Alerts first, then the clocks (their periods go with them), then the worked time. */
    public void deleted(@Observes TicketDeleted deleted) {
        for (String table : List.of("sla_alert", "sla_clock", "time_entry")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE ticket_protocol = ?1")
                    .setParameter(1, deleted.protocol()).executeUpdate();
        }
    }

    private void stopAll(Ticket ticket, Instant now) {
        clocks(ticket).forEach(c -> change(c, now, () -> c.stop(now)));
    }

    /** The priority, department or category changed: each clock follows the rule that applies now, if any. */
    private void reclassified(Ticket ticket, Instant now) {
        for (SlaClock clock : clocks(ticket)) {
            rules.nearest(ticket, SlaRuleKind.of(clock.kind()))
                    .filter(r -> r.target().isPresent() && !r.id().equals(clock.ruleId()))
                    .ifPresent(rule -> change(clock, now,
                            () -> clock.followRule(rule, calendars.shiftOr(rule.shift()))));
        }
    }

    private void change(SlaClock clock, Instant now, Runnable action) {
        action.run();
        clock.refreshDue(calendars.of(clock.shift()), now);
    }

    private Optional<SlaClock> clock(Ticket ticket, SlaClockKind kind) {
        return clocks(ticket).stream().filter(c -> c.kind() == kind).findFirst();
    }

    private List<SlaClock> clocks(Ticket ticket) {
        return em.createQuery("SELECT c FROM SlaClock c WHERE c.ticketProtocol = :protocol", SlaClock.class)
                .setParameter("protocol", ticket.protocol())
                .getResultList();
    }
}
