package dev.helpdesk.workspace.application;

import dev.helpdesk.directory.application.Caller;
import dev.helpdesk.directory.domain.CustomerData;
import dev.helpdesk.shared.domain.SearchText;
import dev.helpdesk.ticket.application.TicketScope;
import dev.helpdesk.ticket.domain.TicketSituation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A ticket filter as JPQL conditions on the alias {@code t}, after the caller's scope: what lists page through and
 * counters count is the same set. Every condition is on the ticket's own columns or a subquery, so that PostgreSQL
 * can walk a ticket index in the list's order and stop after one page.
 */
final class TicketConditions {

    /** How close a running clock's due time must be for its ticket to count as at risk. */
    static final Duration AT_RISK_WITHIN = Duration.ofHours(1);

    static final List<TicketSituation> CLOSED = Arrays.stream(TicketSituation.values())
            .filter(TicketSituation::isClosed).toList();
    private static final String RUNNING_CLOCK = "EXISTS (SELECT k.id FROM SlaClock k WHERE k.ticketProtocol = "
            + "t.protocol AND k.stoppedAt IS NULL AND k.dueAt ";

    private final StringBuilder jpql = new StringBuilder("1 = 1");
    private final Map<String, Object> parameters;

    private TicketConditions(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    /** The conditions of {@code filter} for {@code caller} at {@code now}; their parameters go to the map. */
    static String of(Caller caller, TicketFilter filter, Instant now, ZoneId zone, Map<String, Object> parameters) {
        TicketConditions conditions = new TicketConditions(parameters);
        conditions.scope(caller);
        if (caller.isAgent()) {
            conditions.view(filter.view(), caller.id());
            if (filter.scheduledToday()) {
                conditions.scheduledToday(caller.id(), now, zone);
            }
        }
        conditions.situations(filter);
        conditions.equal("t.department.id", "departmentId", filter.departmentId());
        conditions.equal("t.category.id", "categoryId", filter.categoryId());
        conditions.equal("t.status.id", "statusId", filter.statusId());
        conditions.equal("t.assignedAgent.id", "agentId", filter.agentId());
        conditions.equal("t.priority", "priority", filter.priority());
        if (filter.organizationId() != null) {
            conditions.and("t.customer.id IN (SELECT mo.id FROM Customer mo WHERE mo.organization.id = "
                    + ":organizationId)", "organizationId", filter.organizationId());
        }
        conditions.between("t.createdAt", "created", filter.createdFrom(), filter.createdTo(), zone);
        conditions.between("t.closedAt", "closed", filter.closedFrom(), filter.closedTo(), zone);
        if (filter.sla() != null) {
            conditions.sla(filter.sla(), now);
        }
        if (filter.text() != null) {
            conditions.text(filter.text(), caller.mayViewCustomerData(CustomerData.EMAIL));
        }
        return conditions.jpql.toString();
    }

    private void scope(Caller caller) {
        String scope = TicketScope.condition(caller, parameters);
        if (scope != null) {
            jpql.append(" AND ").append(scope);
        }
    }

    private void view(TicketFilter.View view, long agentId) {
        switch (view) {
            case MINE -> and("t.assignedAgent.id = :me", "me", agentId);
            case QUEUE -> jpql.append(" AND t.assignedAgent IS NULL");
            case DEPARTMENTS -> and("t.department.id IN (SELECT vd.id FROM Agent va JOIN va.departments vd "
                    + "WHERE va.id = :me)", "me", agentId);
            case ALL -> { }
        }
    }

    private void scheduledToday(long agentId, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        and("t.schedule.agent.id = :me AND t.schedule.start >= :dayStart AND t.schedule.start < :dayEnd",
                "me", agentId);
        parameters.put("dayStart", today.atStartOfDay(zone).toInstant());
        parameters.put("dayEnd", today.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void situations(TicketFilter filter) {
        if (filter.state() != null) {
            jpql.append(filter.state() == TicketFilter.State.OPEN ? " AND t.situation NOT IN :closed"
                    : " AND t.situation IN :closed");
            parameters.put("closed", CLOSED);
        }
        if (!filter.situations().isEmpty()) {
            and("t.situation IN :situations", "situations", List.copyOf(filter.situations()));
        }
    }

    /** {@code attribute} (an instant) within the days, both inclusive; parameters named after {@code name}. */
    private void between(String attribute, String name, LocalDate from, LocalDate to, ZoneId zone) {
        if (from != null) {
            and(attribute + " >= :" + name + "From", name + "From", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            and(attribute + " < :" + name + "Before", name + "Before", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    private void sla(TicketFilter.SlaSignal signal, Instant now) {
        parameters.put("slaNow", now);
        if (signal == TicketFilter.SlaSignal.BREACHED) {
            jpql.append(" AND ").append(RUNNING_CLOCK).append("<= :slaNow)");
        } else {
            jpql.append(" AND ").append(RUNNING_CLOCK).append("> :slaNow AND k.dueAt <= :slaSoon)");
            parameters.put("slaSoon", now.plus(AT_RISK_WITHIN));
        }
    }

    /**
     * Text matches the subject or message, or the customer's name, e-mail (for those who may see it) or
     * organization; a number also matches the protocol. Each part is a condition of its own table, so that
     * PostgreSQL's trigram indexes serve it.
     */
    private void text(String text, boolean byEmail) {
        jpql.append(" AND (LOWER(t.subject) LIKE :text ESCAPE '!' OR LOWER(t.message) LIKE :text ESCAPE '!'"
                + " OR t.customer.id IN (SELECT m.id FROM Customer m WHERE LOWER(m.name) LIKE :text ESCAPE '!'"
                + (byEmail ? " OR m.email LIKE :text ESCAPE '!'" : "")
                + " OR m.organization.id IN"
                + " (SELECT o2.id FROM Organization o2 WHERE LOWER(o2.name) LIKE :text ESCAPE '!'))");
        parameters.put("text", SearchText.containing(text));
        if (text.matches("#?\\d{1,18}")) {
            jpql.append(" OR t.protocol = :protocol");
            parameters.put("protocol", Long.parseLong(text.replace("#", "")));
        }
        jpql.append(")");
    }

    private void equal(String path, String name, Object value) {
        if (value != null) {
            and(path + " = :" + name, name, value);
        }
    }

    private void and(String condition, String name, Object value) {
        jpql.append(" AND ").append(condition);
        parameters.put(name, value);
    }
}
