package dev.helpdesk.ticket.domain;

/**
 * How a ticket reached the help desk. An agent who opens one for a customer says how the customer asked: by
 * {@code PHONE}, {@code EMAIL} (to the agent, not a department mailbox) or {@code IN_PERSON}.
 */
public enum TicketChannel {
    CUSTOMER_PANEL, AGENT_PANEL, API, EMAIL, CONTACT_FORM, PHONE, IN_PERSON
}
