package dev.helpdesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.helpdesk.ticket.domain.Priority;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which deadline rule a ticket gets. Customer 7 is in organization 20, whose parent is 10; the ticket is in
 * department 1, category 11, priority HIGH, unless a case says otherwise. Rules are named by their hours.
 */
class RuleSelectorTest {

    record Rule(RuleScope scope, RuleKey key, String hours) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(RuleScope.general(), new RuleKey(1, null, null), "8h general"),
            new Rule(RuleScope.general(), new RuleKey(1, 11L, null), "6h general category"),
            new Rule(RuleScope.general(), new RuleKey(1, 11L, Priority.URGENT), "2h general category urgent"),
            new Rule(RuleScope.general(), new RuleKey(1, null, Priority.LOW), "12h general low"),
            new Rule(RuleScope.organization(10), new RuleKey(1, null, null), "5h parent"),
            new Rule(RuleScope.organization(20), new RuleKey(1, 12L, null), "4h child category 12"),
            new Rule(RuleScope.customer(7), new RuleKey(1, 13L, null), "no limit customer category 13"),
            new Rule(RuleScope.general(), new RuleKey(2, null, null), "24h general finance"));

    @ParameterizedTest(name = "customer {0}, org chain [{1}], dept {2}, cat {3}, {4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            7  | 20 10 | 1 | 11 | HIGH   | 5h parent
            7  | 20 10 | 1 | 12 | HIGH   | 4h child category 12
            7  | 20 10 | 1 | 13 | HIGH   | no limit customer category 13
            7  |       | 1 | 13 | HIGH   | no limit customer category 13
            8  |       | 1 | 11 | HIGH   | 6h general category
            8  |       | 1 | 11 | URGENT | 2h general category urgent
            8  |       | 1 | 14 | URGENT | 8h general
            8  |       | 1 | 14 | LOW    | 12h general low
            8  |       | 1 | 11 | LOW    | 6h general category
            8  | 30    | 2 | 21 | NORMAL | 24h general finance
            8  |       | 3 | 31 | NORMAL | none
            """)
    void theNearestScopeWithAMatchThenTheMostSpecificKey(long customer, String chain, long department,
                                                          long category, Priority priority, String expected) {
        List<Long> organizations = chain == null ? List.of()
                : java.util.Arrays.stream(chain.split(" ")).map(Long::valueOf).toList();
        String chosen = RuleSelector.nearest(RULES, Rule::scope, Rule::key, customer, organizations, department,
                category, priority).map(Rule::hours).orElse("none");
        assertEquals(expected, chosen);
    }
}
