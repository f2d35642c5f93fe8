package dev.helpdesk.inbound.domain;

/** What became of a message taken from a mailbox. */
public enum MailOutcome {
    /** It opened a ticket. */
    TICKET,
    /** It joined a ticket as the customer's reply. */
    REPLY,
    /** An automatic reply (out of office, bounce, list mail): kept out of tickets so two robots cannot loop. */
    IGNORED,
    /**
     * From a sender on the blocklist (address or domain): recorded without its content, removed from the server,
     * never a ticket or a customer.
     */
    BLOCKED,
    /** Malformed, oversized or from a sender who may not open tickets: waits for an administrator. */
    QUARANTINED,
    /** An administrator looked at it in quarantine and dropped it. */
    DISMISSED
}
