package dev.helpdesk.dashboard.application;

import java.io.Serializable;

/**
 * One number of a widget: what it counts, named by a message key ({@code labelKey}, e.g. a situation) or by a
 * name of the account's own (a department, an agent), and the ticket list showing those tickets (null when no
 * list filter says the same).
 */
public record Figure(String labelKey, String label, long value, TicketLink link) implements Serializable {
}
