package dev.helpdesk.inbound.domain;

/** What became of a message taken from a mailbox. */
public enum MailOutcome {
    /** It opened a ticket. */
    TICKET,
    /** It joined a ticket as the customer's reply. */
    REPLY,
    /** An automatic reply (out of office, bounce, list mail): kept out of tickets so two robots cannot loop. */
    IGNORED,
    /** Malformed, oversized or from a sender who may not open tickets: waits for an administrator. */
    QUARANTINED,
    /** An administrator looked at it in quarantine and dropped it. */
    DISMISSED
}
