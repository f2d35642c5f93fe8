package dev.helpdesk.web.sla.api;

import dev.helpdesk.sla.application.BillingLine;
import java.math.BigDecimal;

/** One ticket's line of a billing report as the API shows it. */
public record BillingLineJson(long protocol, String subject, String customerName, long normalMinutes,
                              long extraMinutes, BigDecimal normal, BigDecimal extra, BigDecimal gross) {

    static BillingLineJson of(BillingLine v) {
        return new BillingLineJson(v.protocol(), v.subject(), v.customerName(), v.normalMinutes(),
                v.extraMinutes(), v.normal(), v.extra(), v.gross());
    }
}
