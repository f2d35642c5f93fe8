package dev.helpdesk.setup.generator;

import dev.helpdesk.ticket.domain.TicketSituation;
import java.time.Instant;
import java.util.List;

/**
 * One generated ticket, before it becomes rows: who, where, when, and its history in order. Departments, categories,
 * customers and agents are indexes into what the caller created; {@link TicketRows} turns them into ids.
 */
public record TicketPlan(Kind kind, TicketSituation situation, String publicId, String channel, String subject,
                         String message, int department, int category, int customer, Integer agent, int priority,
                         Instant opened, Instant updated, Instant closedAt, Instant waitingSince,
                         Instant autoCloseWarnedAt, Instant scheduledStart, List<Entry> history) {

    /** The situations a generated ticket ends in. */
    public enum Kind {
        NOT_STARTED, WAITING_FOR_AGENT, WAITING_FOR_CUSTOMER, CUSTOMER_REPLIED, SCHEDULED, FINISHED,
        CLOSED_FOR_INACTIVITY
    }

    /** Who did something on a ticket. */
    public enum Actor { AGENT, CUSTOMER, SYSTEM }

    /**
     * One entry of the history ({@code ticket_event.kind}); with a body it is also a reply or an internal note.
     */
    public record Entry(String event, Actor actor, String body, boolean internal, String before, String after,
                        Instant at) {
    }

    public boolean isClosed() {
        return situation.isClosed();
    }

    /** When the first agent answer came, or null. */
    public Instant firstAnswer() {
        return history.stream().filter(e -> "ANSWERED".equals(e.event())).map(Entry::at).findFirst().orElse(null);
    }
}
