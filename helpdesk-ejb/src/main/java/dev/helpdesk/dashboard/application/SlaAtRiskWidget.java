package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Map;

/**
 * Tickets with a running SLA clock (first response or deadline) due within the next hour: the list's
 * {@code sla=AT_RISK}. A paused clock has no due time, a stopped one does not run. The hour's clocks are few, so
 * the count starts from them (index {@code ix_sla_clock_due}) and looks their tickets up; unlike the breached count,
 * it gains nothing from the index of open tickets.
 */
@Dependent
public class SlaAtRiskWidget implements Widget {

    static final Duration SOON = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.SLA_AT_RISK;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        long count = ScopedCount.count(em, context, "SELECT COUNT(t) FROM Ticket t WHERE t.protocol IN "
                + "(SELECT c.ticketProtocol FROM SlaClock c WHERE c.stoppedAt IS NULL AND c.dueAt > :now "
                + "AND c.dueAt <= :soon)", Map.of("now", context.now(), "soon", context.now().plus(SOON)));
        return WidgetData.count(kind(), count, TicketLink.of("sla", "AT_RISK"));
    }
}
