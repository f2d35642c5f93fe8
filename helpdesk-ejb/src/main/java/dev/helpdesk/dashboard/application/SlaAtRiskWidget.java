package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Open tickets with a running SLA clock (first response or deadline) due within the next hour: the list's
 * {@code state=OPEN&sla=AT_RISK}. A paused clock has no due time, a stopped one does not run, and closing a ticket
 * stops its clocks, so "open" changes no count, only the query's shape: within a scope the open tickets' index
 * (situation and the scope's columns) finds the scope's tickets without reading them; for those who see every
 * ticket the hour's few clocks come first (index {@code ix_sla_clock_due}) and their tickets are looked up.
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
        Map<String, Object> parameters = new HashMap<>(Map.of("now", context.now(), "soon",
                context.now().plus(SOON)));
        String open = "";
        if (!context.seesEverything()) {
            open = "t.situation IN :open AND ";
            parameters.put("open", WidgetContext.OPEN);
        }
        long count = ScopedCount.count(em, context, "SELECT COUNT(t) FROM Ticket t WHERE " + open + "t.protocol IN "
                + "(SELECT c.ticketProtocol FROM SlaClock c WHERE c.stoppedAt IS NULL AND c.dueAt > :now "
                + "AND c.dueAt <= :soon)", parameters);
        return WidgetData.count(kind(), count, TicketLink.of("state", "OPEN", "sla", "AT_RISK"));
    }
}
