package dev.helpdesk.sla.application;

import java.io.Serializable;
import java.math.BigDecimal;

/** One ticket's worked time in the month and what it is billed: normal, beyond the contract, gross. */
public record BillingLine(long protocol, String subject, String customerName, long normalMinutes,
                          long extraMinutes, BigDecimal normal, BigDecimal extra, BigDecimal gross)
        implements Serializable {
}
