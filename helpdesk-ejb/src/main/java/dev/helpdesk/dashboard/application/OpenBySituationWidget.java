package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import dev.helpdesk.ticket.domain.TicketSituation;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/** Open tickets by situation; each opens the list of that situation ({@code situation=<code>}). */
@Dependent
public class OpenBySituationWidget implements Widget {

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.OPEN_BY_SITUATION;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        List<Object[]> rows = ScopedCount.openCounts(em, context, "t.situation");
        List<Figure> figures = rows.stream()
                .sorted(Comparator.comparing(row -> (TicketSituation) row[0]))
                .map(row -> {
                    TicketSituation situation = (TicketSituation) row[0];
                    return new Figure("situation." + situation.name(), null, (Long) row[1],
                            TicketLink.of("situation", String.valueOf(situation.code())));
                }).toList();
        return WidgetData.breakdown(kind(), TicketLink.of("state", "OPEN"), figures);
    }
}
