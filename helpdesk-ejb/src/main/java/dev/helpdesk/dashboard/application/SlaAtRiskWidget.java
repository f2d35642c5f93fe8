package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Map;

/**
 * Tickets with a running SLA clock (first response or deadline) due within the next hour: the list's
 * {@code state=OPEN&sla=AT_RISK}. Open tickets only, so that the index of open tickets and their
 * scope columns serves the count. A paused clock has no due time, a stopped one does not run.
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
        long count = ScopedCount.count(em, context, "SELECT COUNT(t) FROM Ticket t WHERE t.situation IN :open "
                + "AND t.protocol IN (SELECT c.ticketProtocol FROM SlaClock c WHERE c.stoppedAt IS NULL "
                + "AND c.dueAt > :now AND c.dueAt <= :soon)",
                Map.of("open", WidgetContext.OPEN, "now", context.now(), "soon", context.now().plus(SOON)));
        return WidgetData.count(kind(), count, TicketLink.of("state", "OPEN", "sla", "AT_RISK"));
    }
}
