package dev.helpdesk.workspace.application;

import java.io.Serializable;

/**
 * That a ticket changed, as the panels are told after the change committed so that lists, counters and the open
 * ticket read themselves again. It carries no more than where the ticket is (its department and assignee) and what
 * happened (the event's name, {@code TicketOpened}, {@code RequesterReplied}…): each panel then reads what its user
 * may see, never from the message itself.
 */
public record DeskChange(long protocol, Long departmentId, Long assignedAgentId, String kind)
        implements Serializable {

    /** The kind of a change of who is writing on a ticket, not of the ticket itself. */
    public static final String PRESENCE = "Presence";

    static DeskChange presence(long protocol) {
        return new DeskChange(protocol, null, null, PRESENCE);
    }

    public boolean isPresence() {
        return PRESENCE.equals(kind);
    }
}
