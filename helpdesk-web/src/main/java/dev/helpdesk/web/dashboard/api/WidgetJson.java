package dev.helpdesk.web.dashboard.api;

import dev.helpdesk.dashboard.application.ContractUse;
import dev.helpdesk.dashboard.application.DurationFigure;
import dev.helpdesk.dashboard.application.Figure;
import dev.helpdesk.dashboard.application.ScheduledTicket;
import dev.helpdesk.dashboard.application.TicketLink;
import dev.helpdesk.dashboard.application.WidgetData;
import dev.helpdesk.dashboard.domain.WidgetKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One widget's figures as the API shows them; each number that the ticket list can show carries {@code list},
 * the list's query string for the same tickets.
 */
public record WidgetJson(WidgetKind kind, Long total, String list, List<FigureJson> figures, List<DayJson> days,
                         List<DurationJson> medians, List<ScheduledJson> scheduled, List<ContractJson> contracts) {

    public record FigureJson(String key, String label, long value, String list) {
    }

    public record DayJson(LocalDate day, long created, long finished, String list, String finishedList) {
    }

    public record DurationJson(String key, Long medianMinutes, long tickets) {
    }

    public record ScheduledJson(long protocol, String subject, Instant start) {
    }

    public record ContractJson(String name, String department, long usedMinutes, long contractMinutes,
                               long percent) {
    }

    static WidgetJson of(WidgetData d) {
        List<DayJson> days = d.daily() == null ? null : IntStream.range(0, d.daily().days().size())
                .mapToObj(i -> new DayJson(d.daily().days().get(i), d.daily().created().get(i),
                        d.daily().finished().get(i), d.daily().createdOn(d.daily().days().get(i)).query(),
                        d.daily().finishedOn(d.daily().days().get(i)).query()))
                .toList();
        return new WidgetJson(d.kind(), d.total(), query(d.totalLink()),
                d.figures().stream().map(WidgetJson::figure).toList(), days,
                d.durations().stream().map(WidgetJson::duration).toList(),
                d.scheduled().stream().map(WidgetJson::scheduled).toList(),
                d.contracts().stream().map(WidgetJson::contract).toList());
    }

    private static FigureJson figure(Figure f) {
        return new FigureJson(f.labelKey(), f.label(), f.value(), query(f.link()));
    }

    private static DurationJson duration(DurationFigure f) {
        return new DurationJson(f.labelKey(), f.medianMinutes(), f.tickets());
    }

    private static ScheduledJson scheduled(ScheduledTicket t) {
        return new ScheduledJson(t.protocol(), t.subject(), t.start());
    }

    private static ContractJson contract(ContractUse c) {
        return new ContractJson(c.name(), c.departmentName(), c.usedMinutes(), c.contractMinutes(), c.percent());
    }

    private static String query(TicketLink link) {
        return link == null ? null : link.query();
    }
}
