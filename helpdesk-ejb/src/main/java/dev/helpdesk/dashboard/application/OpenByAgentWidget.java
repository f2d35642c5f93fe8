package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Open tickets by assignee, most first, the unassigned ones apart; each opens the agent's open tickets (the
 * unassigned: the queue).
 */
@Dependent
public class OpenByAgentWidget implements Widget {

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.OPEN_BY_AGENT;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        List<Object[]> rows = ScopedCount.openCounts(em, context, "t.assignedAgent.id");
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).filter(Objects::nonNull).toList();
        Map<Long, String> names = ids.isEmpty() ? Map.of() : em.createQuery("SELECT a.id, a.name FROM Agent a "
                        + "WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        List<Figure> figures = rows.stream()
                .map(row -> row[0] == null
                        ? new Figure("dashboard.unassigned", null, (Long) row[1],
                                TicketLink.of("view", "QUEUE", "state", "OPEN"))
                        : new Figure(null, names.get((Long) row[0]), (Long) row[1],
                                TicketLink.of("state", "OPEN", "agent", String.valueOf(row[0]))))
                .sorted(Comparator.comparing((Figure f) -> f.labelKey() != null)
                        .thenComparing(Comparator.comparingLong(Figure::value).reversed())
                        .thenComparing(f -> String.valueOf(f.label())))
                .toList();
        return WidgetData.breakdown(kind(), TicketLink.of("state", "OPEN"), figures);
    }
}
