package dev.helpdesk.dashboard.application;

import dev.helpdesk.dashboard.domain.WidgetKind;
import dev.helpdesk.sla.domain.RuleScope;
import dev.helpdesk.sla.domain.SlaRuleKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * This month's use of the hours contracts of customers and organizations: the minutes worked (time entries
 * started this month, in the account's time zone) on the tickets the viewer may read of that customer, or of the
 * organization's customers, in the contract's department (and category), against the contract's minutes; the
 * most used first. General contracts, which are per customer, are left to the billing report.
 */
@Dependent
public class HoursContractsWidget implements Widget {

    static final int LISTED = 8;

    @PersistenceContext
    private EntityManager em;

    @Override
    public WidgetKind kind() {
        return WidgetKind.HOURS_CONTRACTS;
    }

    @Override
    public WidgetData read(WidgetContext context) {
        YearMonth month = YearMonth.from(context.today());
        Instant from = month.atDay(1).atStartOfDay(context.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(context.zone()).toInstant();
        List<Object[]> contracts = em.createQuery("SELECT r.scopeKind, r.scopeId, r.departmentId, r.categoryId, "
                        + "r.minutes, d.name FROM SlaRule r JOIN Department d ON d.id = r.departmentId "
                        + "WHERE r.kind = :kind AND r.minutes IS NOT NULL AND r.scopeKind <> :general", Object[].class)
                .setParameter("kind", SlaRuleKind.HOURS_CONTRACT)
                .setParameter("general", RuleScope.Kind.GENERAL)
                .getResultList();
        List<ContractUse> uses = new ArrayList<>();
        for (Object[] contract : contracts) {
            boolean customer = contract[0] == RuleScope.Kind.CUSTOMER;
            Map<String, Object> parameters = new HashMap<>(Map.of("from", from, "to", to, "who", contract[1],
                    "department", contract[2]));
            if (contract[3] != null) {
                parameters.put("category", contract[3]);
            }
            List<Long> used = ScopedCount.rows(em, context, "SELECT SUM(e.minutes) FROM TimeEntry e "
                    + "JOIN Ticket t ON t.protocol = e.ticketProtocol WHERE e.startedAt >= :from AND e.startedAt < :to "
                    + "AND t.department.id = :department" + (contract[3] != null ? " AND t.category.id = :category" : "")
                    + (customer ? " AND t.customer.id = :who" : " AND t.customer.id IN (SELECT m.id FROM Customer m "
                    + "WHERE m.organization.id = :who)"), null, parameters, Long.class, 0);
            String name = em.createQuery(customer ? "SELECT c.name FROM Customer c WHERE c.id = :id"
                    : "SELECT o.name FROM Organization o WHERE o.id = :id", String.class)
                    .setParameter("id", contract[1]).getResultList().stream().findFirst().orElse("#" + contract[1]);
            long minutes = used.isEmpty() || used.get(0) == null ? 0 : used.get(0);
            uses.add(new ContractUse(name, (String) contract[5], minutes, ((Number) contract[4]).longValue()));
        }
        return WidgetData.contracts(kind(), uses.stream()
                .sorted(Comparator.comparingLong(ContractUse::percent).reversed().thenComparing(ContractUse::name))
                .limit(LISTED).toList());
    }
}
