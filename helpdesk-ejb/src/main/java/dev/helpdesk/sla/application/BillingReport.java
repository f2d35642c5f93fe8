package dev.helpdesk.sla.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Worked time × rate for one customer or organization over a month, per ticket, with the totals. */
public record BillingReport(YearMonth month, List<BillingLine> lines, long minutes, BigDecimal normal,
                            BigDecimal extra, BigDecimal gross) implements Serializable {
}
