package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import java.io.Serializable;
import java.util.List;

/**
 * What one widget shows: its headline number and the list that shows those tickets, and, as the kind has them,
 * its numbers by situation, department or agent, its days, its medians, its scheduled tickets or its contracts.
 */
public record WidgetData(WidgetKind kind, Long total, TicketLink totalLink, List<Figure> figures,
                         DailyCounts daily, List<DurationFigure> durations, List<ScheduledTicket> scheduled,
                         List<ContractUse> contracts) implements Serializable {

    public WidgetData {
        figures = figures == null ? List.of() : List.copyOf(figures);
        durations = durations == null ? List.of() : List.copyOf(durations);
        scheduled = scheduled == null ? List.of() : List.copyOf(scheduled);
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
    }

    static WidgetData count(WidgetKind kind, long total, TicketLink link) {
        return new WidgetData(kind, total, link, null, null, null, null, null);
    }

    static WidgetData breakdown(WidgetKind kind, TicketLink totalLink, List<Figure> figures) {
        return new WidgetData(kind, figures.stream().mapToLong(Figure::value).sum(), totalLink, figures, null, null,
                null, null);
    }

    static WidgetData days(WidgetKind kind, DailyCounts daily, TicketLink totalLink) {
        return new WidgetData(kind, daily.totalCreated(), totalLink, null, daily, null, null, null);
    }

    static WidgetData medians(WidgetKind kind, List<DurationFigure> durations) {
        return new WidgetData(kind, null, null, null, null, durations, null, null);
    }

    static WidgetData schedule(WidgetKind kind, long total, TicketLink link, List<ScheduledTicket> tickets) {
        return new WidgetData(kind, total, link, null, null, null, tickets, null);
    }

    static WidgetData contracts(WidgetKind kind, List<ContractUse> contracts) {
        return new WidgetData(kind, null, null, null, null, null, null, contracts);
    }
}
