package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tickets opened and finished on each day of the period, counted on the tickets' summary rows
 * ({@code TicketFigures}); a day's opened bar opens the list of the tickets opened that day.
 */
@Dependent
public class CreatedVsFinishedWidget implements Widget {

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.CREATED_VS_FINISHED;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        LocalDate today = context.today();
        LocalDate first = context.period().firstDay(today);
        Map<String, Object> parameters = Map.of("first", first, "last", today);
        Map<LocalDate, Long> created = perDay(context, "createdOn", parameters);
        Map<LocalDate, Long> finished = perDay(context, "finishedOn", parameters);
        DailyCounts daily = new DailyCounts(context.period().days(today), context.period().perDay(today, created),
                context.period().perDay(today, finished));
        return WidgetData.days(kind(), daily, TicketLink.of("from", first.toString(), "to", today.toString()));
    }

    private Map<LocalDate, Long> perDay(WidgetContext context, String day, Map<String, Object> parameters) {
        List<Object[]> rows = ScopedCount.rows(em, context, "SELECT t." + day + ", COUNT(t) FROM TicketFigures t "
                + "WHERE t." + day + " >= :first AND t." + day + " <= :last", "GROUP BY t." + day, parameters,
                Object[].class, 0);
        return rows.stream().collect(Collectors.toMap(r -> (LocalDate) r[0], r -> (Long) r[1]));
    }
}
