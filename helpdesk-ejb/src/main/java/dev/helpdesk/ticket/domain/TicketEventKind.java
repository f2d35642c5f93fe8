package dev.helpdesk.ticket.domain;

/** What happened to a ticket; each entry of its history is one of these. */
public enum TicketEventKind {
    OPENED, ANSWERED, CUSTOMER_REPLIED, NOTE_ADDED, ASSIGNED, TRANSFERRED, PRIORITY_CHANGED, STATUS_CHANGED,
    FINISHED, CANCELLED, REOPENED, SCHEDULED, AUTO_CLOSE_WARNED, AUTO_CLOSED
}
