package dev.helpdesk.notification.domain;

/**
 * The e-mails the help desk sends as tickets move (C3), each with its template in every language. Agents' kinds can
 * be switched off per agent (C4); customers' follow the account's policy and the ticket's choice.
 */
public enum NotificationKind {
    /** A new ticket, to the agents of its department. */
    NEW_TICKET(true),
    /** The customer (or internal requester) wrote again, to the assignee or else the department's agents. */
    CUSTOMER_REPLIED(true),
    /** The ticket was handed to an agent, to that agent. */
    TICKET_ASSIGNED(true),
    /** An agent answered, to the customer. */
    TICKET_ANSWERED(false),
    /** The custom status changed, to the customer. */
    STATUS_CHANGED(false),
    /** The ticket was finished, to the customer. */
    TICKET_FINISHED(false),
    /** A ticket the customer opened by e-mail was received, to the customer (C2, when the account turns it on). */
    TICKET_RECEIVED(false);

    private final boolean toAgents;

    NotificationKind(boolean toAgents) {
        this.toAgents = toAgents;
    }

    public boolean isToAgents() {
        return toAgents;
    }
}
