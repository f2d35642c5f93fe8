package dev.helpdesk.dashboard.domain;

/** How much of the dashboard's width a widget takes: a third, or two thirds. */
public enum WidgetSize {
    SMALL, WIDE;

    public WidgetSize other() {
        return this == SMALL ? WIDE : SMALL;
    }
}
