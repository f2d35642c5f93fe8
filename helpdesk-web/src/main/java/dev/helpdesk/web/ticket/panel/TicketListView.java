package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.security.login.application.MyAccountService;
import dev.helpdesk.workspace.application.TicketFilter;
import dev.helpdesk.workspace.application.TicketQuery;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * The ticket list of both panels with its filters; what it holds is scoped to the caller by {@link TicketQuery}.
 * Agents start on the open tickets of their departments; customers on all of theirs.
 */
@Named
@ViewScoped
public class TicketListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TicketQuery ticketQuery;

    @EJB
    private MyAccountService myAccount;

    private TicketFilter.View view = TicketFilter.View.ALL;
    private TicketFilter.State state;
    private String text;
    private TicketListModel tickets;
    private boolean followsOrganization;

    @PostConstruct
    void init() {
        followsOrganization = !myAccount.me().managedOrganizations().isEmpty();
        search();
    }

    /** Whether the caller is a customer who manages an organization, so the list holds others' tickets too. */
    public boolean isFollowsOrganization() {
        return followsOrganization;
    }

    /** Applies the filters; the list starts again from the newest ticket. */
    public void search() {
        tickets = new TicketListModel(ticketQuery, new TicketFilter(view, state, null, null, null, text));
    }

    public void openOnly() {
        state = TicketFilter.State.OPEN;
        search();
    }

    /** The time the page is drawn at: deadlines are coloured against it. */
    public Instant getNow() {
        return Instant.now();
    }

    public TicketListModel getTickets() {
        return tickets;
    }

    public TicketFilter.View[] getViews() {
        return TicketFilter.View.values();
    }

    public TicketFilter.State[] getStates() {
        return TicketFilter.State.values();
    }

    public TicketFilter.View getView() {
        return view;
    }

    public void setView(TicketFilter.View view) {
        this.view = view;
    }

    public TicketFilter.State getState() {
        return state;
    }

    public void setState(TicketFilter.State state) {
        this.state = state;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
