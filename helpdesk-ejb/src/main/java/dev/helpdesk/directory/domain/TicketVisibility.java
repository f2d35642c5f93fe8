package dev.helpdesk.directory.domain;

/** Which tickets the agents of a permission group see in lists, search and the ticket page. */
public enum TicketVisibility {
    /** Every department's tickets, linked or not. */
    ALL_DEPARTMENTS,
    /** The tickets of the departments the agent is linked to (the default). */
    LINKED_DEPARTMENTS,
    /** The agent's own tickets and the unassigned ones of the departments they are linked to. */
    OWN_AND_UNASSIGNED_OF_LINKED,
    /** The agent's own tickets and the unassigned ones of any department. */
    OWN_AND_UNASSIGNED_OF_ANY,
    /** Only the tickets assigned to the agent. */
    OWN_ONLY
}
