package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.ReportPeriod;
import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.ticket.application.TicketScope;
import dev.helpdesk.ticket.domain.TicketSituation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who looks, when, in which time zone and over which period: what every widget's query needs. */
public record WidgetContext(Caller caller, Instant now, ZoneId zone, ReportPeriod period) {

    /** The situations of open tickets, as the list's {@code state=OPEN} takes them. */
    static final List<TicketSituation> OPEN = Arrays.stream(TicketSituation.values())
            .filter(s -> !s.isClosed()).toList();

    public LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    /** Whether the caller sees every ticket, so that no scope condition narrows the counts. */
    boolean seesEverything() {
        return TicketScope.condition(caller, new HashMap<>()) == null;
    }

    /**
     * {@code " AND "} and the caller's scope on the alias {@code t} (nothing for those who see every ticket),
     * its parameters added: the ticket list's own rule.
     */
    String scope(Map<String, Object> parameters) {
        String condition = TicketScope.condition(caller, parameters);
        return condition == null ? "" : " AND " + condition;
    }
}
