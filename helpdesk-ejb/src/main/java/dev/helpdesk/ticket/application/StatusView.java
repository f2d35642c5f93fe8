package dev.helpdesk.ticket.application;

import java.io.Serializable;

/**
 * A department's custom status; {@code exemptFromAutoClose} keeps its tickets out of auto-close,
 * {@code customerMayFinish} lets the customer finish a ticket while it is applied.
 */
public record StatusView(Long id, String name, boolean exemptFromAutoClose, boolean customerMayFinish)
        implements Serializable {
}
