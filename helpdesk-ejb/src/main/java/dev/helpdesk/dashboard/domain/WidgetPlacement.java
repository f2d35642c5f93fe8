package dev.helpdesk.dashboard.domain;

import java.io.Serializable;

/** One widget on a dashboard and its size; the layout's order is the order on the page. */
public record WidgetPlacement(WidgetKind kind, WidgetSize size) implements Serializable {
}
