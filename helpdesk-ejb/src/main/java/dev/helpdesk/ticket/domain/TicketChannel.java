package dev.helpdesk.ticket.domain;

/** How a ticket reached the help desk. */
public enum TicketChannel {
    CUSTOMER_PANEL, AGENT_PANEL, API, EMAIL, CONTACT_FORM
}
