package dev.helpdesk.sla.domain;

import dev.helpdesk.ticket.domain.Priority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Picks the SLA rule that applies to a ticket: the customer's own rules first, then those of the customer's
 * organization and of each parent organization up the chain, then the general rules; within the first scope that
 * has a matching rule, the most specific key wins. A rule found this way applies even when it sets no limit: it
 * stops the search, so a customer's "without hours" rule keeps the general one away.
 */
public final class RuleSelector {

    private RuleSelector() {
    }

    /**
     * @param organizationChain the customer's organization first, then its parent, and so on (empty when none)
     */
    public static <R> Optional<R> nearest(List<R> rules, Function<R, RuleScope> scopeOf, Function<R, RuleKey> keyOf,
                                          Long customerId, List<Long> organizationChain, long departmentId,
                                          long categoryId, Priority priority) {
        List<RuleScope> order = new ArrayList<>();
        if (customerId != null) {
            order.add(RuleScope.customer(customerId));
        }
        organizationChain.forEach(id -> order.add(RuleScope.organization(id)));
        order.add(RuleScope.general());
        for (RuleScope scope : order) {
            Optional<R> match = rules.stream()
                    .filter(r -> scope.equals(scopeOf.apply(r)))
                    .filter(r -> keyOf.apply(r).matches(departmentId, categoryId, priority))
                    .max(Comparator.comparingInt(r -> keyOf.apply(r).specificity()));
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
