package dev.helpdesk.ticket.application;

import dev.helpdesk.directory.application.Caller;
import java.util.Map;

/**
 * The tickets a caller may read, as a JPQL condition on the alias {@code t}: the query form of
 * {@code Ticket.isVisibleTo} (and, for customers, {@code Ticket.isFollowedBy}), so that lists, search, the ticket page and reports agree with what agents may act on.
 * The one statement of that rule for queries: whatever reads tickets in bulk for a caller adds this condition.
 */
public final class TicketScope {

    private static final String LINKED = "t.department.id IN "
            + "(SELECT ld.id FROM Agent la JOIN la.departments ld WHERE la.id = :callerId)";
    private static final String MINE = "t.assignedAgent.id = :callerId";
    private static final String REQUESTED = "t.requesterAgent.id = :callerId";
    private static final String UNASSIGNED = "t.assignedAgent IS NULL";
    /** Internal tickets opened by agents of the departments a manager is linked to. */
    private static final String TEAM_REQUESTS = "t.requesterAgent.id IN (SELECT ta.id FROM Agent ta "
            + "JOIN ta.departments td WHERE td.id IN "
            + "(SELECT md.id FROM Agent ma JOIN ma.departments md WHERE ma.id = :callerId))";

    private TicketScope() {
    }

    /** The condition, or null when the caller sees every ticket; adds {@code callerId} to the parameters. */
    public static String condition(Caller caller, Map<String, Object> parameters) {
        String condition = condition(caller);
        if (condition != null) {
            parameters.put("callerId", caller.id());
        }
        if (!caller.isAgent() && !caller.managedOrganizations().isEmpty()) {
            parameters.put("managedOrganizations", caller.managedOrganizations());
        }
        return condition;
    }

    private static String condition(Caller caller) {
        if (caller.isAdmin()) {
            return null;
        }
        if (!caller.isAgent()) {
            // a manager of an organization follows its customers' tickets, and those of the organizations below
            return caller.managedOrganizations().isEmpty() ? "t.customer.id = :callerId"
                    : "(t.customer.id = :callerId OR t.customer.id IN (SELECT mc.id FROM Customer mc "
                    + "WHERE mc.organization.id IN :managedOrganizations))";
        }
        if (caller.isManager()) {
            return or(LINKED, MINE, REQUESTED, TEAM_REQUESTS);
        }
        return switch (caller.permissions().ticketVisibility()) {
            case ALL_DEPARTMENTS -> null;
            case LINKED_DEPARTMENTS -> or(LINKED, MINE, REQUESTED);
            case OWN_AND_UNASSIGNED_OF_LINKED -> or(MINE, "(" + UNASSIGNED + " AND " + LINKED + ")", REQUESTED);
            case OWN_AND_UNASSIGNED_OF_ANY -> or(MINE, UNASSIGNED, REQUESTED);
            case OWN_ONLY -> or(MINE, REQUESTED);
        };
    }

    private static String or(String... conditions) {
        return "(" + String.join(" OR ", conditions) + ")";
    }
}
