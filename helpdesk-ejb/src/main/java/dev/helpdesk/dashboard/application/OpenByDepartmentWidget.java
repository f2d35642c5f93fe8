package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Open tickets by department, most first; each opens the department's open tickets. */
@Dependent
public class OpenByDepartmentWidget implements Widget {

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.OPEN_BY_DEPARTMENT;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        List<Object[]> rows = ScopedCount.openCounts(em, context, "t.department.id");
        Map<Long, String> names = rows.isEmpty() ? Map.of() : em.createQuery("SELECT d.id, d.name FROM Department d "
                        + "WHERE d.id IN :ids", Object[].class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
                .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        List<Figure> figures = rows.stream()
                .map(row -> new Figure(null, names.get((Long) row[0]), (Long) row[1],
                        TicketLink.of("state", "OPEN", "department", String.valueOf(row[0]))))
                .sorted(Comparator.comparingLong(Figure::value).reversed().thenComparing(Figure::label))
                .toList();
        return WidgetData.breakdown(kind(), TicketLink.of("state", "OPEN"), figures);
    }
}
