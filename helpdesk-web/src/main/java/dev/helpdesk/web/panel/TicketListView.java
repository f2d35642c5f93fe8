package dev.helpdesk.web.panel;

import dev.helpdesk.ticket.application.TicketQuery;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The ticket list of both panels; what it holds is scoped to the caller by {@link TicketQuery}. */
@Named
@ViewScoped
public class TicketListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TicketQuery ticketQuery;

    private TicketListModel tickets;

    @PostConstruct
    void init() {
        tickets = new TicketListModel(ticketQuery);
    }

    public TicketListModel getTickets() {
        return tickets;
    }
}
