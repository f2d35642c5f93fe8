package dev.helpdesk.web.dashboard.panel;

import dev.helpdesk.dashboard.application.DefaultDashboardService;
import dev.helpdesk.dashboard.application.DefaultDashboardView;
import dev.helpdesk.dashboard.domain.DashboardAudience;
import dev.helpdesk.dashboard.domain.ReportPeriod;
import dev.helpdesk.dashboard.domain.WidgetKind;
import dev.helpdesk.dashboard.domain.WidgetPlacement;
import dev.helpdesk.dashboard.domain.WidgetSize;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Management › Dashboards: the layout each role, or each permission group's agents, starts with. People who
 * arranged their own keep theirs until they choose "reset to default".
 */
@Named
@ViewScoped
public class DefaultDashboardsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "defaultForm";
    private static final String ROLE = "ROLE:";
    private static final String GROUP = "GROUP:";

    @EJB
    private DefaultDashboardService defaults;

    @EJB
    private DirectoryAdminService directoryAdmin;

    private List<DefaultDashboardView> saved;
    private List<AudienceChoice> audiences;
    private String audience;
    private Integer periodDays;
    private final Map<WidgetKind, Boolean> included = new EnumMap<>(WidgetKind.class);
    /** Sizes and places as the form holds them, as text: the page's inputs give text for a map's values. */
    private final Map<WidgetKind, String> sizes = new EnumMap<>(WidgetKind.class);
    private final Map<WidgetKind, String> positions = new EnumMap<>(WidgetKind.class);

    @PostConstruct
    void load() {
        saved = defaults.defaults();
        audiences = new ArrayList<>();
        for (AgentRole role : AgentRole.values()) {
            audiences.add(new AudienceChoice(ROLE + role.name(), role, null));
        }
        directoryAdmin.permissionGroups().forEach(g -> audiences.add(new AudienceChoice(GROUP + g.id(), null,
                g.name())));
        clear();
    }

    public void clear() {
        audience = null;
        periodDays = null;
        for (WidgetKind kind : WidgetKind.values()) {
            included.put(kind, false);
            sizes.put(kind, WidgetSize.SMALL.name());
            positions.put(kind, null);
        }
    }

    public void edit(DefaultDashboardView view) {
        clear();
        DashboardAudience who = view.audience();
        audience = who.kind() == DashboardAudience.Kind.ROLE ? ROLE + who.role().name()
                : GROUP + who.permissionGroupId();
        periodDays = view.layout().period().days();
        List<WidgetPlacement> widgets = view.layout().widgets();
        for (int i = 0; i < widgets.size(); i++) {
            included.put(widgets.get(i).kind(), true);
            sizes.put(widgets.get(i).kind(), widgets.get(i).size().name());
            positions.put(widgets.get(i).kind(), String.valueOf(i + 1));
        }
    }

    /** The chosen widgets by their place (unnumbered ones after the numbered, in the widgets' own order). */
    public void save() {
        List<WidgetPlacement> widgets = included.entrySet().stream().filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(this::place).thenComparing(Comparator.naturalOrder()))
                .map(k -> new WidgetPlacement(k, WidgetSize.valueOf(sizes.get(k)))).toList();
        AgentRole role = audience != null && audience.startsWith(ROLE)
                ? AgentRole.valueOf(audience.substring(ROLE.length())) : null;
        Long group = audience != null && audience.startsWith(GROUP)
                ? Long.valueOf(audience.substring(GROUP.length())) : null;
        try {
            defaults.save(role, group, widgets, periodDays);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        }
        Messages.info("admin.saved");
        load();
    }

    private int place(WidgetKind kind) {
        String text = positions.get(kind);
        return text != null && text.strip().matches("\\d{1,3}") ? Integer.parseInt(text.strip()) : Integer.MAX_VALUE;
    }

    public void delete(DefaultDashboardView view) {
        defaults.delete(view.id());
        Messages.info("dashboard.defaultDeleted");
        load();
    }

    /** Whom a saved default is for, in words. */
    public String audienceOf(DefaultDashboardView view) {
        return view.audience().kind() == DashboardAudience.Kind.ROLE
                ? Messages.text("dashboard.audience.role", Messages.text("role." + view.audience().role().name()))
                : Messages.text("dashboard.audience.group", view.permissionGroupName());
    }

    /** A saved default's widgets, in words and in order. */
    public String widgetsOf(DefaultDashboardView view) {
        return view.layout().widgets().stream().map(w -> Messages.text("dashboard.widget." + w.kind().name())
                + (w.size() == WidgetSize.WIDE ? " (" + Messages.text("dashboard.size.WIDE") + ")" : ""))
                .collect(Collectors.joining(", "));
    }

    public List<DefaultDashboardView> getSaved() {
        return saved;
    }

    public List<AudienceChoice> getAudiences() {
        return audiences;
    }

    /** A choice of the audience menu in the page's language (which may change while the page is open). */
    public String label(AudienceChoice choice) {
        return choice.role() != null
                ? Messages.text("dashboard.audience.role", Messages.text("role." + choice.role().name()))
                : Messages.text("dashboard.audience.group", choice.groupName());
    }

    /** Whom a default can be for: a role, or a permission group by its name. */
    public record AudienceChoice(String value, AgentRole role, String groupName) implements Serializable {
    }

    public WidgetKind[] getKinds() {
        return WidgetKind.values();
    }

    public WidgetSize[] getSizeOptions() {
        return WidgetSize.values();
    }

    public ReportPeriod[] getPeriods() {
        return ReportPeriod.values();
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Integer getPeriodDays() {
        return periodDays;
    }

    public void setPeriodDays(Integer periodDays) {
        this.periodDays = periodDays;
    }

    public Map<WidgetKind, Boolean> getIncluded() {
        return included;
    }

    public Map<WidgetKind, String> getSizes() {
        return sizes;
    }

    public Map<WidgetKind, String> getPositions() {
        return positions;
    }
}
