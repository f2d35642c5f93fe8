package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.Median;
import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The median time to the first agent answer of the tickets first answered in the period, and to the finish of
 * those finished in it (calendar minutes), from the summary rows grouped by minute value.
 */
@Dependent
public class ResponseTimesWidget implements Widget {

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.RESPONSE_TIMES;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        LocalDate today = context.today();
        Map<String, Object> parameters = Map.of("first", context.period().firstDay(today), "last", today);
        return WidgetData.medians(kind(), List.of(
                median(context, "dashboard.firstResponse", "respondedOn", "firstResponseMinutes", parameters),
                median(context, "dashboard.resolution", "finishedOn", "resolutionMinutes", parameters)));
    }

    private DurationFigure median(WidgetContext context, String labelKey, String day, String minutes,
                                  Map<String, Object> parameters) {
        List<Object[]> rows = ScopedCount.rows(em, context, "SELECT t." + minutes + ", COUNT(t) FROM TicketFigures t "
                + "WHERE t." + day + " >= :first AND t." + day + " <= :last", "GROUP BY t." + minutes, parameters,
                Object[].class, 0);
        Map<Long, Long> counts = rows.stream().filter(r -> r[0] != null)
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (Long) r[1], Long::sum));
        Double median = Median.of(counts);
        long tickets = counts.values().stream().mapToLong(Long::longValue).sum();
        return new DurationFigure(labelKey, median == null ? null : Math.round(median), tickets);
    }
}
