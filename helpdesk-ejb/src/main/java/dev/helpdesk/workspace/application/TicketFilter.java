package dev.helpdesk.workspace.application;

import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.ticket.domain.Priority;
import java.io.Serializable;

/**
 * What a ticket list shows, within the caller's scope. {@code view} only narrows for agents; {@code state}
 * separates open from closed tickets; {@code text} is a protocol number or words of the subject, of the
 * customer's name or e-mail, or of the organization's name. Null fields do not filter.
 */
public record TicketFilter(View view, State state, Long departmentId, Long organizationId, Priority priority,
                           String text) implements Serializable {

    public static final int MAX_TEXT_LENGTH = 200;

    public enum View {
        /** Tickets assigned to the calling agent. */
        MINE,
        /** Unassigned tickets of the agent's departments. */
        QUEUE,
        /** Every ticket the caller may see. */
        ALL
    }

    public enum State {
        OPEN, CLOSED
    }

    public TicketFilter {
        view = view == null ? View.ALL : view;
        text = text == null || text.isBlank() ? null : Inputs.shortened(text.strip(), MAX_TEXT_LENGTH);
    }
}
