package dev.helpdesk.dashboard.domain;

import dev.helpdesk.ticket.domain.TicketSituation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A signed number of open tickets at one {@link TicketPlace}: the live widgets add these up instead of visiting
 * every open ticket. Rows are only ever inserted by the changes (+1 where a ticket now counts, -1 where it counted
 * before), so concurrent changes never wait on one another; the dashboard-figures job adds a correction row where
 * the sums and the tickets disagree and folds each place's rows into one. The scope applies to these rows as to
 * tickets.
 */
@Entity
@Table(name = "dashboard_open_count")
public class OpenTicketCount extends TicketPlaceColumns {

    private static final String OPEN_SITUATIONS = Arrays.stream(TicketSituation.values())
            .filter(s -> !s.isClosed()).map(s -> String.valueOf(s.code())).collect(Collectors.joining(", "));

    /**
     * Adds, in one statement (so from one snapshot of committed changes, each of which wrote its ticket and its
     * count rows together), a row per place where the open tickets differ from the sum of the count rows: after it
     * the sums match the tickets as of that snapshot, and later changes bring their own rows. On an empty table it
     * writes the counts from scratch.
     */
    public static final String CORRECTION_SQL = "INSERT INTO dashboard_open_count (situation, department_id, "
            + "assigned_agent_id, requester_agent_id, tickets) "
            + "SELECT situation, department_id, assigned_agent_id, requester_agent_id, SUM(tickets) FROM ("
            + "SELECT situation, department_id, assigned_agent_id, requester_agent_id, COUNT(*) AS tickets "
            + "FROM ticket WHERE situation IN (" + OPEN_SITUATIONS + ") "
            + "GROUP BY situation, department_id, assigned_agent_id, requester_agent_id "
            + "UNION ALL "
            + "SELECT situation, department_id, assigned_agent_id, requester_agent_id, -SUM(tickets) "
            + "FROM dashboard_open_count "
            + "GROUP BY situation, department_id, assigned_agent_id, requester_agent_id) difference "
            + "GROUP BY situation, department_id, assigned_agent_id, requester_agent_id HAVING SUM(tickets) <> 0";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long tickets;

    protected OpenTicketCount() {
    }

    /** {@code tickets} more (or fewer, when negative) open tickets at the place. */
    public static OpenTicketCount of(TicketPlace place, long tickets) {
        if (!place.isOpen()) {
            throw new IllegalArgumentException("Only open tickets are counted: " + place);
        }
        OpenTicketCount count = new OpenTicketCount();
        count.placeAt(place);
        count.tickets = tickets;
        return count;
    }

    public Long id() {
        return id;
    }

    public long tickets() {
        return tickets;
    }
}
