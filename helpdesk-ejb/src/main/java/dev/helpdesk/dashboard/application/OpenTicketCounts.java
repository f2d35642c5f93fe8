package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.OpenTicketCount;
import dev.helpdesk.dashboard.domain.TicketPlace;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The open-ticket counts behind the live widgets: the rows a change writes (in the change's transaction), and the
 * dashboard-figures job's correction and folding (each in a transaction of its own).
 */
@Stateless
@PermitAll
public class OpenTicketCounts {

    /** How many count rows one folding transaction takes. */
    static final int FOLD_CHUNK = 5_000;

    @PersistenceContext
    private EntityManager em;

    /** A ticket that counted at {@code before} (null: nowhere) now counts at {@code after} (null: nowhere). */
    public void moved(TicketPlace before, TicketPlace after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && before.isOpen()) {
            em.persist(OpenTicketCount.of(before, -1));
        }
        if (after != null && after.isOpen()) {
            em.persist(OpenTicketCount.of(after, 1));
        }
    }

    /** Makes the sums say what the open tickets say; answers at how many places they did not. */
    public int correct() {
        return em.createNativeQuery(OpenTicketCount.CORRECTION_SQL).executeUpdate();
    }

    /** The newest count row's id (0 when there is none): where a folding stops. */
    public long lastId() {
        Long last = em.createQuery("SELECT MAX(c.id) FROM OpenTicketCount c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /**
     * Folds the next rows after {@code afterId}, up to {@code lastId}, into one per place (none where they add up
     * to nothing); answers the last id it took, or -1 when there were none left. The rows written by the folding
     * come after {@code lastId}, so a folding ends. The rows are removed by their ids and the removal must take
     * each of them, so two foldings at once cannot both count the same rows: the second fails and leaves them.
     */
    public long fold(long afterId, long lastId) {
        List<OpenTicketCount> rows = em.createQuery("SELECT c FROM OpenTicketCount c WHERE c.id > :after "
                        + "AND c.id <= :last ORDER BY c.id", OpenTicketCount.class)
                .setParameter("after", afterId).setParameter("last", lastId).setMaxResults(FOLD_CHUNK)
                .getResultList();
        if (rows.isEmpty()) {
            return -1;
        }
        Map<TicketPlace, Long> sums = new LinkedHashMap<>();
        rows.forEach(row -> sums.merge(row.place(), row.tickets(), Long::sum));
        long taken = rows.get(rows.size() - 1).id();
        if (sums.size() == rows.size() && sums.values().stream().noneMatch(tickets -> tickets == 0)) {
            return taken;
        }
        List<Long> ids = rows.stream().map(OpenTicketCount::id).toList();
        int removed = em.createQuery("DELETE FROM OpenTicketCount c WHERE c.id IN :ids")
                .setParameter("ids", ids).executeUpdate();
        if (removed != ids.size()) {
            throw new IllegalStateException("Another folding took " + (ids.size() - removed) + " of these rows");
        }
        sums.forEach((place, tickets) -> {
            if (tickets != 0) {
                em.persist(OpenTicketCount.of(place, tickets));
            }
        });
        return taken;
    }
}
