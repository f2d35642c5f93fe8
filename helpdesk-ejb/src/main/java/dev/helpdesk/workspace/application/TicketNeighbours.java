package dev.helpdesk.workspace.application;

import java.io.Serializable;

/**
 * The open tickets next to one in the caller's list, newest first: {@code newer} comes before it, {@code older}
 * after it; null where there is none.
 */
public record TicketNeighbours(Long newer, Long older) implements Serializable {

    public static final TicketNeighbours NONE = new TicketNeighbours(null, null);
}
