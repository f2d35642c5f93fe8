package dev.helpdesk.sla.application;

import dev.helpdesk.sla.domain.RuleScope;
import dev.helpdesk.sla.domain.SlaRule;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.domain.Priority;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An SLA rule: whom it is for ({@code scopeKind} CUSTOMER, ORGANIZATION or GENERAL with {@code scopeId}), its key
 * (department, category and priority, the last two optional) and what it sets: {@code minutes} of shift time (none
 * for no limit), pausing on reply, in a shift (none for the default); the priority new tickets get; minutes per
 * month of an hours contract (none for no limit); or the hourly {@code rate} and {@code extraRate}.
 */
public record SlaRuleView(Long id, SlaRuleKind kind, RuleScope.Kind scopeKind, Long scopeId, long departmentId,
                          Long categoryId, Priority priority, Integer minutes, boolean pauseOnReply, Long shiftId,
                          Priority setsPriority, BigDecimal rate, BigDecimal extraRate) implements Serializable {

    static SlaRuleView of(SlaRule rule) {
        return new SlaRuleView(rule.id(), rule.kind(), rule.scope().kind(), rule.scope().id(),
                rule.key().departmentId(), rule.key().categoryId(), rule.key().priority(), rule.minutes(),
                rule.pausesOnReply(), rule.shift() == null ? null : rule.shift().id(), rule.setsPriority(),
                rule.rate(), rule.kind() == SlaRuleKind.HOURLY_VALUES ? rule.extraRate() : null);
    }
}
