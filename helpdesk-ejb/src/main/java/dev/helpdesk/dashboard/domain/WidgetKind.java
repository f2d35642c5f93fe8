package dev.helpdesk.dashboard.domain;

/**
 * The widgets a dashboard can hold. Each has one query class in {@code dashboard.application} (a {@code Widget});
 * a new kind of widget is a constant here and a class there.
 */
public enum WidgetKind {
    OPEN_BY_SITUATION,
    OPEN_BY_DEPARTMENT,
    OPEN_BY_AGENT,
    UNASSIGNED,
    SLA_AT_RISK,
    SLA_BREACHED,
    CREATED_VS_FINISHED,
    RESPONSE_TIMES,
    SCHEDULED_TODAY,
    HOURS_CONTRACTS;

    /** Whether the widget shows report figures, which plain agents see only when their group grants reports. */
    public boolean isReport() {
        return this == HOURS_CONTRACTS;
    }

    /** Whether the widget counts over the layout's period (7, 30 or 90 days) rather than now. */
    public boolean usesPeriod() {
        return this == CREATED_VS_FINISHED || this == RESPONSE_TIMES;
    }
}
