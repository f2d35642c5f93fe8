package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;

/**
 * One kind of widget's figures, read within the viewer's scope. Implementations are CDI beans found by
 * {@link DashboardQuery}; a new widget is a {@link WidgetKind} and one class implementing this.
 */
public interface Widget {

    WidgetKind kind();

    WidgetData read(WidgetContext context);
}
