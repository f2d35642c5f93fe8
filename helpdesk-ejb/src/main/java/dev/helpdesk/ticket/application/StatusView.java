package dev.helpdesk.ticket.application;

import java.io.Serializable;

/**
 * A department's custom status; {@code exemptFromAutoClose} keeps its tickets out of auto-close,
 * {@code customerMayFinish} lets the customer finish a ticket while it is applied; {@code position} is its place
 * among the department's statuses (1 the first), {@code active} whether agents may set it.
 */
public record StatusView(Long id, String name, boolean exemptFromAutoClose, boolean customerMayFinish, int position,
                         boolean active) implements Serializable {
}
