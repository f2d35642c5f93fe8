package dev.helpdesk.dashboard.domain;

import dev.helpdesk.ticket.domain.Ticket;
import dev.helpdesk.ticket.domain.TicketSituation;
import java.time.Instant;

/**
 * What a ticket's summary row is made of: its situation, where it is and whose it is now, when it was opened,
 * first answered by an agent (null before) and finished (null while open or cancelled).
 */
public record TicketFacts(long protocol, TicketSituation situation, long departmentId, Long assignedAgentId,
                          Long requesterAgentId, Instant createdAt, Instant firstAnswer, Instant closedAt) {

    /** The facts of a ticket at hand; its first answer is not part of the ticket and is given apart. */
    public static TicketFacts of(Ticket ticket, Instant firstAnswer) {
        return new TicketFacts(ticket.protocol(), ticket.situation(), ticket.department().id(),
                ticket.assignedAgent() == null ? null : ticket.assignedAgent().id(),
                ticket.requesterAgent() == null ? null : ticket.requesterAgent().id(), ticket.createdAt(),
                firstAnswer, ticket.closedAt());
    }

    public TicketPlace place() {
        return new TicketPlace(situation, departmentId, assignedAgentId, requesterAgentId);
    }
}
