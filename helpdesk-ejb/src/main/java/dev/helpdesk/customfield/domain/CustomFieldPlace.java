package dev.helpdesk.customfield.domain;

/** Where a custom field is asked for. Chat and evaluation fields are collected by those features. */
public enum CustomFieldPlace {
    TICKET_OPENING_EXTERNAL,
    TICKET_OPENING_INTERNAL,
    TICKET_CLOSING_EXTERNAL,
    TICKET_CLOSING_INTERNAL,
    CUSTOMER,
    ORGANIZATION,
    CHAT,
    EVALUATION;

    public boolean isTicketPlace() {
        return this == TICKET_OPENING_EXTERNAL || this == TICKET_OPENING_INTERNAL
                || this == TICKET_CLOSING_EXTERNAL || this == TICKET_CLOSING_INTERNAL;
    }
}
