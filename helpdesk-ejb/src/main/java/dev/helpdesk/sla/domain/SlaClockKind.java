package dev.helpdesk.sla.domain;

/** The two clocks of a ticket: until the first response to the customer, and until it is solved. */
public enum SlaClockKind {
    FIRST_RESPONSE, DEADLINE
}
