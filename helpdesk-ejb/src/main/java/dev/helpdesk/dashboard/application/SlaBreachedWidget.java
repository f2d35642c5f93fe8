package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * Open tickets with a running SLA clock past its due time: the list's {@code state=OPEN&sla=BREACHED}. Open
 * tickets only, so that the index of open tickets and their scope columns serves the count.
 */
@Dependent
public class SlaBreachedWidget implements Widget {

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.SLA_BREACHED;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        long count = ScopedCount.count(em, context, "SELECT COUNT(t) FROM Ticket t WHERE t.situation IN :open "
                + "AND t.protocol IN (SELECT c.ticketProtocol FROM SlaClock c WHERE c.stoppedAt IS NULL "
                + "AND c.dueAt <= :now)", Map.of("open", WidgetContext.OPEN, "now", context.now()));
        return WidgetData.count(kind(), count, TicketLink.of("state", "OPEN", "sla", "BREACHED"));
    }
}
