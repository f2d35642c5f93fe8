package dev.helpdesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.helpdesk.sla.domain.Billing.TicketBill;
import dev.helpdesk.sla.domain.Billing.Work;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingTest {

    /** The reference's example: contract 2 h, rate 100, extra rate 150; A logs 1.5 h, then B logs 1 h. */
    @Test
    void minutesBeyondTheContractAreBilledAtTheExtraRate() {
        List<TicketBill> bills = Billing.bill(List.of(new Work(1, 90), new Work(2, 60)), 120,
                new BigDecimal("100"), new BigDecimal("150"));
        assertEquals(new TicketBill(1, 90, 0, new BigDecimal("150.00"), new BigDecimal("0.00")), bills.get(0));
        assertEquals(new TicketBill(2, 30, 30, new BigDecimal("50.00"), new BigDecimal("75.00")), bills.get(1));
        assertEquals(new BigDecimal("125.00"), bills.get(1).gross());
    }

    @Test
    void withoutAContractEveryMinuteIsNormalAndWorkOnOneTicketAddsUp() {
        List<TicketBill> bills = Billing.bill(List.of(new Work(7, 20), new Work(8, 45), new Work(7, 25)), null,
                new BigDecimal("80"), new BigDecimal("120"));
        assertEquals(new TicketBill(7, 45, 0, new BigDecimal("60.00"), new BigDecimal("0.00")), bills.get(0));
        assertEquals(new TicketBill(8, 45, 0, new BigDecimal("60.00"), new BigDecimal("0.00")), bills.get(1));
    }

    @Test
    void centsAreRoundedHalfToEven() {
        // 1 minute at 0.30/h is 0.005: half to even gives 0.00; 3 minutes give 0.015 → 0.02.
        assertEquals(new BigDecimal("0.00"), Billing.bill(List.of(new Work(1, 1)), null, new BigDecimal("0.30"),
                null).get(0).normal());
        assertEquals(new BigDecimal("0.02"), Billing.bill(List.of(new Work(1, 3)), null, new BigDecimal("0.30"),
                null).get(0).normal());
    }

    @Test
    void aContractUsedUpByEarlierTicketsBillsLaterOnesAsExtra() {
        List<TicketBill> bills = Billing.bill(List.of(new Work(1, 60), new Work(2, 30)), 60,
                new BigDecimal("100"), new BigDecimal("150"));
        assertEquals(new TicketBill(2, 0, 30, new BigDecimal("0.00"), new BigDecimal("75.00")), bills.get(1));
    }
}
