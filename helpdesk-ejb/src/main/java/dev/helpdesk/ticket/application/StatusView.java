package dev.helpdesk.ticket.application;

import java.io.Serializable;

/** A department's custom status; {@code exemptFromAutoClose} keeps its tickets out of auto-close. */
public record StatusView(Long id, String name, boolean exemptFromAutoClose) implements Serializable {
}
