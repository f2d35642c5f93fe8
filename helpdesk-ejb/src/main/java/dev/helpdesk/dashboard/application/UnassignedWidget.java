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
        long count = ScopedCount.count(em, context, "SELECT COALESCE(SUM(t.tickets), 0) FROM OpenTicketCount t "
                + "WHERE t.assignedAgent IS NULL", Map.of());
        return WidgetData.count(kind(), count, TicketLink.of("view", "QUEUE", "state", "OPEN"));
    }
}
