package dev.helpdesk.workspace.application;

import java.io.Serializable;

/**
 * The tickets next to one in a list the caller steps through: {@code previous} comes before it, {@code next} after
 * it; null where there is none.
 */
public record TicketNeighbours(Long previous, Long next) implements Serializable {

    public static final TicketNeighbours NONE = new TicketNeighbours(null, null);
}
