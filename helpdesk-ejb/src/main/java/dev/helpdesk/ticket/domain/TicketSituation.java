package dev.helpdesk.ticket.domain;

import java.util.Arrays;

/**
 * The lifecycle the system drives, with TomTicket's numeric codes so that integrations can move over unchanged.
 * Kept apart from the custom, per-department status that agents set by hand.
 */
public enum TicketSituation {
    WAITING_FOR_AGENT(0),
    NOT_STARTED(1),
    ANSWERED_WAITING_FOR_CUSTOMER(2),
    CUSTOMER_REPLIED(3),
    CANCELLED(4),
    FINISHED(5),
    AGENT_CHANGED(6),
    SENT_TO_SUPPORT_TEAM(7),
    WAITING_FOR_MANAGER_EVALUATION(8),
    MANAGER_EVALUATION(9);

    private final int code;

    TicketSituation(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isClosed() {
        return this == FINISHED || this == CANCELLED;
    }

    public static TicketSituation ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown situation code " + code));
    }
}
