package dev.helpdesk.web.sla.api;

import dev.helpdesk.sla.application.BillingReport;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Worked time × rate for one customer or organization over a month, as the API shows it. */
public record BillingReportJson(YearMonth month, List<BillingLineJson> lines, long minutes, BigDecimal normal,
                                BigDecimal extra, BigDecimal gross) {

    static BillingReportJson of(BillingReport v) {
        return new BillingReportJson(v.month(),
                v.lines() == null ? null : v.lines().stream().map(BillingLineJson::of).toList(), v.minutes(),
                v.normal(), v.extra(), v.gross());
    }
}
