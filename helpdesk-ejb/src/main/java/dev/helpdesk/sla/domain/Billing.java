package dev.helpdesk.sla.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bills one month of worked time under one hours contract: in the order the work was done, minutes are normal until
 * the month's contracted minutes are used up, extra after that; normal minutes at the work's hourly rate, extra ones
 * at its extra rate (without a contract every minute is normal). Money is rounded to cents, half to even.
 */
public final class Billing {

    private Billing() {
    }

    /** A stretch of work on a ticket, in the order it was done, with the rates its ticket's rule sets. */
    public record Work(long ticketProtocol, int minutes, BigDecimal rate, BigDecimal extraRate) {

        public Work(long ticketProtocol, int minutes) {
            this(ticketProtocol, minutes, null, null);
        }
    }

    /** What one ticket costs this month. */
    public record TicketBill(long ticketProtocol, long normalMinutes, long extraMinutes, BigDecimal normal,
                             BigDecimal extra) {

        public BigDecimal gross() {
            return normal.add(extra);
        }

        public TicketBill plus(TicketBill other) {
            return new TicketBill(ticketProtocol, normalMinutes + other.normalMinutes, extraMinutes
                    + other.extraMinutes, normal.add(other.normal), extra.add(other.extra));
        }
    }

    /**
     * @param contractMinutes the month's contracted minutes, or null without a contract (or with an unlimited one)
     */
    public static List<TicketBill> bill(List<Work> workInOrder, Integer contractMinutes) {
        Map<Long, TicketBill> bills = new LinkedHashMap<>();
        long left = contractMinutes == null ? Long.MAX_VALUE : contractMinutes;
        for (Work work : workInOrder) {
            long normal = Math.min(left, work.minutes());
            long extra = work.minutes() - normal;
            left -= normal;
            BigDecimal rate = work.rate() == null ? BigDecimal.ZERO : work.rate();
            BigDecimal extraRate = work.extraRate() == null ? rate : work.extraRate();
            TicketBill bill = new TicketBill(work.ticketProtocol(), normal, extra, money(rate, normal),
                    money(extraRate, extra));
            bills.merge(work.ticketProtocol(), bill, TicketBill::plus);
        }
        return List.copyOf(bills.values());
    }

    /** The same rates for every stretch of work. */
    public static List<TicketBill> bill(List<Work> workInOrder, Integer contractMinutes, BigDecimal rate,
                                        BigDecimal extraRate) {
        return bill(workInOrder.stream().map(w -> new Work(w.ticketProtocol(), w.minutes(), rate, extraRate))
                .toList(), contractMinutes);
    }

    /** Hours × rate per stretch, summed per ticket: exact to the cent of each stretch. */
    private static BigDecimal money(BigDecimal hourlyRate, long minutes) {
        return hourlyRate.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_EVEN);
    }
}
