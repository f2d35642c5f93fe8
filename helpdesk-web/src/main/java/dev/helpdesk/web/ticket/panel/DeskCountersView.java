package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.web.ticket.TicketListParameters;
import dev.helpdesk.workspace.application.DeskCounter;
import dev.helpdesk.workspace.application.DeskCounts;
import dev.helpdesk.workspace.application.TicketQuery;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The side navigation's counters, each a link to the list it counts; read once per request. */
@Named
@RequestScoped
public class DeskCountersView {

    @EJB
    private TicketQuery ticketQuery;

    private List<CounterLink> counters;

    public List<CounterLink> getCounters() {
        if (counters == null) {
            DeskCounts counts = ticketQuery.deskCounts();
            counters = Arrays.stream(DeskCounter.values())
                    .map(c -> new CounterLink(c.name(), TicketListParameters.PANEL.queryString(c.filter(), null),
                            counts.of(c)))
                    .toList();
        }
        return counters;
    }

    /** One counter: its name (for its label), the list's address query and the count. */
    public record CounterLink(String name, String query, long count) {
    }
}
