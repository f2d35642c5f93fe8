package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.security.login.application.MyAccountService;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.ticket.TicketListParameters;
import dev.helpdesk.workspace.application.TicketFilter;
import dev.helpdesk.workspace.application.TicketQuery;
import dev.helpdesk.workspace.application.TicketSort;
import dev.helpdesk.workspace.application.TicketSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The ticket list of both panels with its filters and order, kept in the page's address so that a reload, a
 * bookmark, a saved view or a link from elsewhere (a counter, the dashboard) opens the same list. What it holds is
 * scoped to the caller by {@link TicketQuery}. Agents start on every ticket they may see; a link names the rest.
 */
@Named
@ViewScoped
public class TicketListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "listForm";

    @EJB
    private TicketQuery ticketQuery;

    @EJB
    private MyAccountService myAccount;

    private TicketFilter.View view = TicketFilter.View.ALL;
    private TicketFilter.State state;
    private List<TicketSituation> situations = new ArrayList<>();
    private Long departmentId;
    private Long categoryId;
    private Long statusId;
    private Long agentId;
    private Long organizationId;
    private Priority priority;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    private LocalDate closedFrom;
    private LocalDate closedTo;
    private TicketFilter.SlaSignal sla;
    private boolean scheduledToday;
    private String text;
    private TicketSort sort = TicketSort.NEWEST_FIRST;

    private TicketFilter filter = TicketFilter.everything();
    private TicketListModel tickets;
    private Long count;
    private boolean followsOrganization;
    private boolean filtersOpen;
    private List<TicketSummary> selected = new ArrayList<>();

    @PostConstruct
    void init() {
        followsOrganization = !myAccount.me().managedOrganizations().isEmpty();
        show(TicketFilter.everything(), TicketSort.NEWEST_FIRST);
    }

    /**
     * Opens the list the page's address names (a view action, so that a message about a bad address is there
     * before the page's messages are drawn).
     */
    public void readAddress() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        try {
            show(TicketListParameters.PANEL.filter(parameters::get), TicketListParameters.PANEL.sort(parameters::get));
            filtersOpen = isFiltered();
        } catch (InvalidInputException e) {
            Messages.error("tickets.filter.badParameter", e.field());
            show(TicketFilter.everything(), TicketSort.NEWEST_FIRST);
        }
    }

    /** Whether the caller is a customer who manages an organization, so the list holds others' tickets too. */
    public boolean isFollowsOrganization() {
        return followsOrganization;
    }

    /** Applies the filters as they are in the form; the list starts again from its first page. */
    public void search() {
        try {
            apply(formFilter(), sort);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
        }
    }

    /** Orders the list by {@code key}; the same key again turns the direction round. */
    public void sortBy(String key) {
        TicketSort.Key chosen = TicketSort.Key.valueOf(key.toUpperCase(Locale.ROOT));
        boolean ascending = chosen == sort.key() ? !sort.ascending() : chosen == TicketSort.Key.DEADLINE;
        apply(filter, new TicketSort(chosen, ascending));
    }

    /** Opens or closes the panel of filters; a list opened with filters shows it open. */
    public void toggleFilters() {
        filtersOpen = !filtersOpen;
    }

    public boolean isFiltersOpen() {
        return filtersOpen;
    }

    /** Empties every filter but the view. */
    public void clearFilters() {
        apply(TicketFilter.builder().view(view).build(), sort);
    }

    public void openOnly() {
        state = TicketFilter.State.OPEN;
        search();
    }

    private void apply(TicketFilter newFilter, TicketSort newSort) {
        show(newFilter, newSort);
        PrimeFaces.current().executeScript("history.replaceState(null, '', location.pathname"
                + (getQueryString().isEmpty() ? "" : " + '?" + getQueryString() + "'") + ")");
    }

    private void show(TicketFilter newFilter, TicketSort newSort) {
        filter = newFilter;
        sort = newSort;
        fillForm(newFilter);
        tickets = new TicketListModel(ticketQuery, filter, sort);
        count = null;
        selected = new ArrayList<>();
    }

    private TicketFilter formFilter() {
        return TicketFilter.builder().view(view).state(state)
                .situations(situations.isEmpty() ? null : EnumSet.copyOf(situations))
                .department(departmentId).category(categoryId).status(statusId).agent(agentId)
                .organization(organizationId).priority(priority).createdFrom(createdFrom).createdTo(createdTo)
                .closedFrom(closedFrom).closedTo(closedTo).sla(sla).scheduledToday(scheduledToday).text(text).build();
    }

    private void fillForm(TicketFilter f) {
        view = f.view();
        state = f.state();
        situations = new ArrayList<>(f.situations());
        departmentId = f.departmentId();
        categoryId = f.categoryId();
        statusId = f.statusId();
        agentId = f.agentId();
        organizationId = f.organizationId();
        priority = f.priority();
        createdFrom = f.createdFrom();
        createdTo = f.createdTo();
        closedFrom = f.closedFrom();
        closedTo = f.closedTo();
        sla = f.sla();
        scheduledToday = f.scheduledToday();
        text = f.text();
    }

    /** The list's address query: its filter and order. */
    public String getQueryString() {
        return TicketListParameters.PANEL.queryString(filter, sort);
    }

    /** How many tickets the list holds, counted once for each filter. */
    public long getCount() {
        if (count == null) {
            count = ticketQuery.count(filter);
        }
        return count;
    }

    /** "N tickets", in the user's language. */
    public String getCountText() {
        return Messages.text("tickets.count", getCount());
    }

    /** Whether filters beyond the view and the text narrow the list, to say so on the filter button. */
    public boolean isFiltered() {
        return !filter.toBuilder().view(TicketFilter.View.ALL).text(null).build().equals(TicketFilter.everything());
    }

    public TicketFilter getFilter() {
        return filter;
    }

    /** The arrow of a column's header: up, down or none. */
    public String sortIcon(String key) {
        if (!sort.key().name().equalsIgnoreCase(key)) {
            return "pi pi-sort-alt hd-sort-idle";
        }
        return sort.ascending() ? "pi pi-sort-amount-up-alt" : "pi pi-sort-amount-down";
    }

    /** The time the page is drawn at: deadlines are coloured and counted down against it. */
    public Instant getNow() {
        return Instant.now();
    }

    public TicketListModel getTickets() {
        return tickets;
    }

    public List<TicketSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<TicketSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    /** A ticket changed somewhere: the page being looked at is read again, and the count. */
    public void refresh() {
        count = null;
    }

    /** After a bulk change the list is read again, from the same page order. */
    public void reload() {
        tickets = new TicketListModel(ticketQuery, filter, sort);
        count = null;
        selected = new ArrayList<>();
    }

    public TicketFilter.View[] getViews() {
        return TicketFilter.View.values();
    }

    public TicketFilter.State[] getStates() {
        return TicketFilter.State.values();
    }

    public TicketSituation[] getSituationChoices() {
        return TicketSituation.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public TicketFilter.SlaSignal[] getSlaSignals() {
        return TicketFilter.SlaSignal.values();
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

    public List<TicketSituation> getSituations() {
        return situations;
    }

    public void setSituations(List<TicketSituation> situations) {
        this.situations = situations == null ? new ArrayList<>() : new ArrayList<>(situations);
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

    public LocalDate getClosedFrom() {
        return closedFrom;
    }

    public void setClosedFrom(LocalDate closedFrom) {
        this.closedFrom = closedFrom;
    }

    public LocalDate getClosedTo() {
        return closedTo;
    }

    public void setClosedTo(LocalDate closedTo) {
        this.closedTo = closedTo;
    }

    public TicketFilter.SlaSignal getSla() {
        return sla;
    }

    public void setSla(TicketFilter.SlaSignal sla) {
        this.sla = sla;
    }

    public boolean isScheduledToday() {
        return scheduledToday;
    }

    public void setScheduledToday(boolean scheduledToday) {
        this.scheduledToday = scheduledToday;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
