package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The viewer's tickets scheduled to start today (in the account's time zone), the next few of them listed: the
 * list's {@code scheduled=TODAY}.
 */
@Dependent
public class ScheduledTodayWidget implements Widget {

    static final int LISTED = 5;
    private static final String TODAY = "FROM Ticket t WHERE t.schedule.agent.id = :me "
            + "AND t.schedule.start >= :from AND t.schedule.start < :to";

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.SCHEDULED_TODAY;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        Instant from = context.today().atStartOfDay(context.zone()).toInstant();
        Instant to = context.today().plusDays(1).atStartOfDay(context.zone()).toInstant();
        Map<String, Object> parameters = Map.of("me", context.caller().id(), "from", from, "to", to);
        long count = ScopedCount.count(em, context, "SELECT COUNT(t) " + TODAY, parameters);
        List<ScheduledTicket> next = ScopedCount.rows(em, context, "SELECT new "
                + "dev.helpdesk.dashboard.application.ScheduledTicket(t.protocol, t.subject, t.schedule.start) "
                + TODAY, "ORDER BY t.schedule.start, t.protocol", parameters, ScheduledTicket.class, LISTED);
        return WidgetData.schedule(kind(), count, TicketLink.of("scheduled", "TODAY"), next);
    }
}
