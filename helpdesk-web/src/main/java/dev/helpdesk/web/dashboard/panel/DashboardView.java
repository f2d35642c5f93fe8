package dev.helpdesk.web.dashboard.panel;

import dev.helpdesk.dashboard.application.DashboardQuery;
import dev.helpdesk.dashboard.application.DashboardService;
import dev.helpdesk.dashboard.application.Figure;
import dev.helpdesk.dashboard.application.MyDashboard;
import dev.helpdesk.dashboard.application.TicketLink;
import dev.helpdesk.dashboard.application.WidgetData;
import dev.helpdesk.dashboard.domain.DashboardLayout;
import dev.helpdesk.dashboard.domain.ReportPeriod;
import dev.helpdesk.dashboard.domain.WidgetKind;
import dev.helpdesk.dashboard.domain.WidgetPlacement;
import dev.helpdesk.dashboard.domain.WidgetSize;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.primefaces.event.DashboardReorderEvent;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.dashboard.DashboardModel;
import org.primefaces.model.dashboard.DashboardWidget;
import org.primefaces.model.dashboard.DefaultDashboardModel;
import org.primefaces.model.dashboard.DefaultDashboardWidget;

/**
 * The agent's dashboard: their widgets in their order and sizes, each change kept on the server at once. The
 * figures are read by {@link #refresh()}, the one entry point of every redraw (the page's 5-second poll today, a
 * push message later); charts and numbers open the ticket list with the same filter.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TICKETS = "/agent/tickets.xhtml";
    /** The finished bars of the opened-and-finished chart: its second data set ({@code DashboardCharts.days}). */
    private static final int FINISHED_BARS = 1;

    @EJB
    private DashboardService dashboards;

    @EJB
    private DashboardQuery query;

    private MyDashboard dashboard;
    private DashboardModel model;
    private final Map<WidgetKind, WidgetData> data = new EnumMap<>(WidgetKind.class);
    private WidgetKind toAdd;

    @PostConstruct
    void init() {
        show(dashboards.mine());
    }

    /** Reads every widget's figures again: what the poll (or, later, a push) calls. */
    public void refresh() {
        data.clear();
        query.read(dashboard.layout()).forEach(d -> data.put(d.kind(), d));
    }

    public void add() {
        if (toAdd == null) {
            Messages.errorAt("toolbarForm:toAdd", "validation.required");
            return;
        }
        WidgetKind kind = toAdd;
        toAdd = null;
        arrange(layout -> layout.add(kind));
    }

    public void remove(WidgetKind kind) {
        arrange(layout -> layout.remove(kind));
    }

    public void toggleSize(WidgetKind kind) {
        arrange(layout -> layout.toggleSize(kind));
    }

    public void moveEarlier(WidgetKind kind) {
        arrange(layout -> layout.moveEarlier(kind));
    }

    public void moveLater(WidgetKind kind) {
        arrange(layout -> layout.moveLater(kind));
    }

    /** A widget dragged onto another's place: the page's model already holds the new order. */
    public void reordered(DashboardReorderEvent event) {
        List<WidgetKind> order = model.getWidgets().stream().map(DashboardView::kindOf).toList();
        arrange(layout -> {
            DashboardLayout moved = layout;
            for (int i = 0; i < order.size(); i++) {
                moved = moved.move(order.get(i), i);
            }
            return moved;
        });
    }

    public void changePeriod(int days) {
        arrange(layout -> layout.withPeriod(ReportPeriod.ofDays(days)));
    }

    public void resetToDefault() {
        show(dashboards.resetToDefault());
        Messages.info("dashboard.resetDone");
    }

    /** A bar of a breakdown chart was clicked: the ticket list of that bar. */
    public void openFigure(ItemSelectEvent event) throws IOException {
        WidgetKind kind = WidgetKind.valueOf(String.valueOf(event.getComponent().getAttributes().get("widget")));
        List<Figure> figures = widget(kind).figures();
        if (event.getItemIndex() >= 0 && event.getItemIndex() < figures.size()) {
            open(figures.get(event.getItemIndex()).link());
        }
    }

    /** A bar of the opened-and-finished chart was clicked: the tickets opened, or finished, that day. */
    public void openDay(ItemSelectEvent event) throws IOException {
        WidgetData days = widget(WidgetKind.CREATED_VS_FINISHED);
        if (days.daily() != null && event.getItemIndex() >= 0 && event.getItemIndex() < days.daily().days().size()) {
            LocalDate day = days.daily().days().get(event.getItemIndex());
            open(event.getDataSetIndex() == FINISHED_BARS ? days.daily().finishedOn(day) : days.daily().createdOn(day));
        }
    }

    private void open(TicketLink link) throws IOException {
        if (link != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + listUrl(link));
        }
    }

    /** The ticket list's address for a link: {@code /agent/tickets.xhtml?state=OPEN&department=3}. */
    public String listUrl(TicketLink link) {
        return link == null ? null : TICKETS + "?" + link.query();
    }

    private void arrange(UnaryOperator<DashboardLayout> change) {
        try {
            show(dashboards.arrange(change.apply(dashboard.layout())));
        } catch (InvalidInputException e) {
            Messages.error(e.messageKey());
        }
    }

    private void show(MyDashboard shown) {
        dashboard = shown;
        DefaultDashboardModel newModel = new DefaultDashboardModel();
        for (WidgetPlacement placement : shown.layout().widgets()) {
            newModel.addWidget(new DefaultDashboardWidget(placement.kind().name(), sizeClass(placement.size())));
        }
        model = newModel;
        refresh();
    }

    private static String sizeClass(WidgetSize size) {
        return size == WidgetSize.WIDE ? "hd-widget-wide" : "hd-widget-small";
    }

    public WidgetData widget(WidgetKind kind) {
        return data.get(kind);
    }

    public boolean shows(WidgetKind kind) {
        return data.containsKey(kind);
    }

    public boolean isFirst(WidgetKind kind) {
        return dashboard.layout().kinds().indexOf(kind) == 0;
    }

    public boolean isLast(WidgetKind kind) {
        List<WidgetKind> kinds = dashboard.layout().kinds();
        return kinds.indexOf(kind) == kinds.size() - 1;
    }

    public boolean isWide(WidgetKind kind) {
        return dashboard.layout().widgets().stream().anyMatch(w -> w.kind() == kind && w.size() == WidgetSize.WIDE);
    }

    /** The label of a figure: a message of the bundle, or the account's own name (a department, an agent). */
    public String label(Figure figure) {
        return figure.labelKey() != null ? Messages.text(figure.labelKey()) : figure.label();
    }

    public String figuresChart(WidgetKind kind) {
        WidgetData d = widget(kind);
        return d == null ? null : DashboardCharts.figures(d.figures(), this::label, Messages.text("dashboard.tickets"));
    }

    public String daysChart() {
        WidgetData d = widget(WidgetKind.CREATED_VS_FINISHED);
        return d == null || d.daily() == null ? null : DashboardCharts.days(d.daily(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), Messages.text("dashboard.opened"),
                Messages.text("dashboard.finished"));
    }

    /** A duration in minutes as hours and minutes ("3 h 05 min"), or a dash without any. */
    public String duration(Long minutes) {
        if (minutes == null) {
            return "—";
        }
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }

    public DashboardModel getModel() {
        return model;
    }

    public List<WidgetKind> getAddable() {
        return dashboard.addable();
    }

    public boolean isPersonal() {
        return dashboard.personal();
    }

    public int getPeriodDays() {
        return dashboard.layout().period().days();
    }

    public ReportPeriod[] getPeriods() {
        return ReportPeriod.values();
    }

    public WidgetKind[] getKinds() {
        return WidgetKind.values();
    }

    public WidgetKind getToAdd() {
        return toAdd;
    }

    public void setToAdd(WidgetKind toAdd) {
        this.toAdd = toAdd;
    }

    /** A widget's id on the page is its kind's name. */
    private static WidgetKind kindOf(DashboardWidget widget) {
        return WidgetKind.valueOf(widget.getWidget(0));
    }
}
