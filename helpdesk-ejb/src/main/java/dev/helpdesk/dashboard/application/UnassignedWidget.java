package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/** Open tickets nobody is assigned to: the queue. */
@Dependent
public class UnassignedWidget implements Widget {

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.UNASSIGNED;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        long count = ScopedCount.count(em, context, "SELECT COUNT(t) FROM Ticket t WHERE t.situation IN :open "
                + "AND t.assignedAgent IS NULL", Map.of("open", WidgetContext.OPEN));
        return WidgetData.count(kind(), count, TicketLink.of("view", "QUEUE", "state", "OPEN"));
    }
}
