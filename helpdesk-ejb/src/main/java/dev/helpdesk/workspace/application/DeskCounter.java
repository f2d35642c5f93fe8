package dev.helpdesk.workspace.application;

import dev.helpdesk.ticket.domain.TicketSituation;
import java.util.Set;

/** The counters of the agent's side navigation, each the count of a ticket list the agent can open. */
public enum DeskCounter {
    MINE(TicketFilter.builder().view(TicketFilter.View.MINE).state(TicketFilter.State.OPEN).build()),
    QUEUE(TicketFilter.builder().view(TicketFilter.View.QUEUE).state(TicketFilter.State.OPEN).build()),
    MY_DEPARTMENTS(TicketFilter.builder().view(TicketFilter.View.DEPARTMENTS).state(TicketFilter.State.OPEN).build()),
    MINE_CUSTOMER_REPLIED(TicketFilter.builder().view(TicketFilter.View.MINE)
            .situations(Set.of(TicketSituation.CUSTOMER_REPLIED)).build()),
    WAITING_ON_CUSTOMER(TicketFilter.builder()
            .situations(Set.of(TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER)).build()),
    SLA_AT_RISK(TicketFilter.builder().state(TicketFilter.State.OPEN).sla(TicketFilter.SlaSignal.AT_RISK).build()),
    SCHEDULED_TODAY(TicketFilter.builder().state(TicketFilter.State.OPEN).scheduledToday(true).build());

    private final TicketFilter filter;

    DeskCounter(TicketFilter filter) {
        this.filter = filter;
    }

    /** The list the counter counts. */
    public TicketFilter filter() {
        return filter;
    }
}
