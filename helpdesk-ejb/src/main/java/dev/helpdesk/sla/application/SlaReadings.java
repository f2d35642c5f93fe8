package dev.helpdesk.sla.application;

import dev.helpdesk.calendar.domain.WorkCalendar;
import dev.helpdesk.sla.domain.SlaClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reads a ticket's SLA clocks at the current time, for the ticket page and the API (callers check access). */
@Stateless
@LocalBean
@PermitAll
public class SlaReadings {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SlaCalendars calendars;

    @Inject
    private Clock clock;

    public List<SlaView> ofTicket(long protocol) {
        Instant now = clock.instant();
        var holidays = calendars.holidays();
        return em.createQuery("SELECT c FROM SlaClock c WHERE c.ticketProtocol = :protocol ORDER BY c.kind DESC",
                        SlaClock.class)
                .setParameter("protocol", protocol)
                .getResultList().stream()
                .map(c -> view(c, calendars.of(c.shift(), holidays), now))
                .toList();
    }

    private static SlaView view(SlaClock c, WorkCalendar calendar, Instant now) {
        Instant at = c.isStopped() ? c.stoppedAt() : now;
        return new SlaView(c.kind(), c.ruleId(), c.shift().name(), c.pausesOnReply(), c.target().toMinutes(),
                c.used(calendar, at).toMinutes(), c.remaining(calendar, at).toMinutes(),
                c.isRunning() || c.isStopped() ? c.due(calendar, now) : null, c.state(calendar, at), c.isRunning(),
                c.stoppedAt(), c.met(calendar),
                c.periods().stream().map(p -> new SlaView.Period(p[0], p[1])).toList());
    }
}
