package dev.helpdesk.dashboard.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The widgets of a dashboard in page order, each at most once, with their sizes, and the period the period widgets
 * count over. Immutable: every change answers a new layout. Stored as text ({@link #widgetsText()}), read back
 * leniently ({@link #of(String, int)}): a kind no longer known is dropped rather than breaking the page.
 */
public record DashboardLayout(List<WidgetPlacement> widgets, ReportPeriod period) implements Serializable {

    /** The layout of someone for whom neither they nor an administrator chose one. */
    public static final DashboardLayout BUILT_IN = new DashboardLayout(List.of(
            new WidgetPlacement(WidgetKind.OPEN_BY_SITUATION, WidgetSize.SMALL),
            new WidgetPlacement(WidgetKind.UNASSIGNED, WidgetSize.SMALL),
            new WidgetPlacement(WidgetKind.SLA_AT_RISK, WidgetSize.SMALL),
            new WidgetPlacement(WidgetKind.CREATED_VS_FINISHED, WidgetSize.WIDE),
            new WidgetPlacement(WidgetKind.SLA_BREACHED, WidgetSize.SMALL),
            new WidgetPlacement(WidgetKind.OPEN_BY_DEPARTMENT, WidgetSize.SMALL),
            new WidgetPlacement(WidgetKind.RESPONSE_TIMES, WidgetSize.SMALL),
            new WidgetPlacement(WidgetKind.SCHEDULED_TODAY, WidgetSize.SMALL)), ReportPeriod.DAYS_30);

    public static final int MAX_TEXT_LENGTH = 1000;

    public DashboardLayout {
        if (period == null) {
            throw new InvalidInputException("period", "validation.dashboard.period");
        }
        widgets = List.copyOf(widgets);
        Set<WidgetKind> seen = EnumSet.noneOf(WidgetKind.class);
        for (WidgetPlacement placement : widgets) {
            if (placement.kind() == null || placement.size() == null) {
                throw new InvalidInputException("widgets", "validation.option");
            }
            if (!seen.add(placement.kind())) {
                throw new InvalidInputException("widgets", "validation.dashboard.duplicate");
            }
        }
    }

    /** Reads a stored layout; unknown kinds, unknown sizes (read as small) and repeats are left out. */
    public static DashboardLayout of(String widgetsText, int periodDays) {
        List<WidgetPlacement> placements = new ArrayList<>();
        Set<WidgetKind> seen = EnumSet.noneOf(WidgetKind.class);
        for (String item : widgetsText == null ? new String[0] : widgetsText.split(",")) {
            String[] parts = item.strip().split(":");
            WidgetKind kind = known(WidgetKind.class, parts[0]);
            if (kind != null && seen.add(kind)) {
                WidgetSize size = parts.length > 1 ? known(WidgetSize.class, parts[1]) : null;
                placements.add(new WidgetPlacement(kind, size == null ? WidgetSize.SMALL : size));
            }
        }
        ReportPeriod period = Arrays.stream(ReportPeriod.values()).filter(p -> p.days() == periodDays).findFirst()
                .orElse(ReportPeriod.DAYS_30);
        return new DashboardLayout(placements, period);
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** As stored: {@code KIND:SIZE} items separated by commas, in page order. */
    public String widgetsText() {
        return String.join(",", widgets.stream().map(w -> w.kind().name() + ":" + w.size().name()).toList());
    }

    public boolean holds(WidgetKind kind) {
        return widgets.stream().anyMatch(w -> w.kind() == kind);
    }

    /** The kinds not on the dashboard yet, in their own order. */
    public List<WidgetKind> missing() {
        return Arrays.stream(WidgetKind.values()).filter(k -> !holds(k)).toList();
    }

    /** A new widget goes at the end, small; a kind already there is refused. */
    public DashboardLayout add(WidgetKind kind) {
        if (kind == null) {
            throw new InvalidInputException("widget", "validation.required");
        }
        if (holds(kind)) {
            throw new InvalidInputException("widget", "validation.dashboard.duplicate");
        }
        List<WidgetPlacement> changed = new ArrayList<>(widgets);
        changed.add(new WidgetPlacement(kind, WidgetSize.SMALL));
        return new DashboardLayout(changed, period);
    }

    public DashboardLayout remove(WidgetKind kind) {
        return new DashboardLayout(widgets.stream().filter(w -> w.kind() != kind).toList(), period);
    }

    public DashboardLayout resize(WidgetKind kind, WidgetSize size) {
        return changed(kind, w -> new WidgetPlacement(kind, size));
    }

    /** Small becomes wide and wide small. */
    public DashboardLayout toggleSize(WidgetKind kind) {
        return changed(kind, w -> new WidgetPlacement(kind, w.size().other()));
    }

    /**
     * Moves the widget to {@code index} (0 the first), the others closing up; an index past either end means that
     * end.
     */
    public DashboardLayout move(WidgetKind kind, int index) {
        int from = indexOf(kind);
        List<WidgetPlacement> changed = new ArrayList<>(widgets);
        WidgetPlacement moved = changed.remove(from);
        changed.add(Math.max(0, Math.min(index, changed.size())), moved);
        return new DashboardLayout(changed, period);
    }

    /** One place towards the start (nothing happens to the first). */
    public DashboardLayout moveEarlier(WidgetKind kind) {
        return move(kind, indexOf(kind) - 1);
    }

    /** One place towards the end (nothing happens to the last). */
    public DashboardLayout moveLater(WidgetKind kind) {
        return move(kind, indexOf(kind) + 1);
    }

    public DashboardLayout withPeriod(ReportPeriod newPeriod) {
        return new DashboardLayout(widgets, newPeriod);
    }

    /** The same layout without the widgets its viewer may not see. */
    public DashboardLayout keeping(Set<WidgetKind> allowed) {
        return new DashboardLayout(widgets.stream().filter(w -> allowed.contains(w.kind())).toList(), period);
    }

    /** The kinds in page order. */
    public List<WidgetKind> kinds() {
        return widgets.stream().map(WidgetPlacement::kind).toList();
    }

    private int indexOf(WidgetKind kind) {
        for (int i = 0; i < widgets.size(); i++) {
            if (widgets.get(i).kind() == kind) {
                return i;
            }
        }
        throw new InvalidInputException("widget", "validation.dashboard.notOnDashboard");
    }

    private DashboardLayout changed(WidgetKind kind, UnaryOperator<WidgetPlacement> change) {
        int at = indexOf(kind);
        List<WidgetPlacement> changedWidgets = new ArrayList<>(widgets);
        changedWidgets.set(at, change.apply(widgets.get(at)));
        return new DashboardLayout(changedWidgets, period);
    }
}
