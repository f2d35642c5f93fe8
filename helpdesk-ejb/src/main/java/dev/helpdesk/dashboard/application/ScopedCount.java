package dev.helpdesk.dashboard.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a widget's JPQL with the viewer's scope appended to its WHERE clause and its parameters bound; on tickets,
 * their summary rows or the open-ticket counts, which all map the scope's columns under the ticket's names.
 */
final class ScopedCount {

    private ScopedCount() {
    }

    /**
     * {@code select} ends with a WHERE clause; the scope is appended, then {@code tail} (GROUP BY, ORDER BY or
     * nothing).
     */
    static <T> List<T> rows(EntityManager em, WidgetContext context, String select, String tail,
                            Map<String, Object> parameters, Class<T> type, int max) {
        Map<String, Object> all = new HashMap<>(parameters);
        String jpql = select + context.scope(all) + (tail == null ? "" : " " + tail);
        TypedQuery<T> query = em.createQuery(jpql, type);
        all.forEach(query::setParameter);
        if (max > 0) {
            query.setMaxResults(max);
        }
        return query.getResultList();
    }

    /**
     * Open tickets in the viewer's scope by {@code attribute} of the open-ticket counts ({@code t.situation},
     * {@code t.department.id}…): rows of the attribute's value and the number, none where it adds up to nothing.
     */
    static List<Object[]> openCounts(EntityManager em, WidgetContext context, String attribute) {
        return rows(em, context, "SELECT " + attribute + ", SUM(t.tickets) FROM OpenTicketCount t "
                + "WHERE t.tickets <> 0", "GROUP BY " + attribute + " HAVING SUM(t.tickets) <> 0", Map.of(),
                Object[].class, 0);
    }

    static long count(EntityManager em, WidgetContext context, String select, Map<String, Object> parameters) {
        return rows(em, context, select, null, parameters, Long.class, 0).get(0);
    }
}
