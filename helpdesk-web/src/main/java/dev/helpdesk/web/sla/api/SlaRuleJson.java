package dev.helpdesk.web.sla.api;

import dev.helpdesk.sla.application.SlaRuleView;
import dev.helpdesk.sla.domain.RuleScope;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.domain.Priority;
import java.math.BigDecimal;

/** An SLA rule as the API shows it. */
public record SlaRuleJson(Long id, SlaRuleKind kind, RuleScope.Kind scopeKind, Long scopeId, long departmentId,
                          Long categoryId, Priority priority, Integer minutes, boolean pauseOnReply, Long shiftId,
                          Priority setsPriority, BigDecimal rate, BigDecimal extraRate) {

    static SlaRuleJson of(SlaRuleView v) {
        return new SlaRuleJson(v.id(), v.kind(), v.scopeKind(), v.scopeId(), v.departmentId(), v.categoryId(),
                v.priority(), v.minutes(), v.pauseOnReply(), v.shiftId(), v.setsPriority(), v.rate(),
                v.extraRate());
    }
}
