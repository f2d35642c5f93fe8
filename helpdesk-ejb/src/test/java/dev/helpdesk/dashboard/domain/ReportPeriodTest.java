package dev.helpdesk.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aPeriodEndsTodayAndHasADayPerBucket() {
        List<LocalDate> days = ReportPeriod.DAYS_7.days(TODAY);
        assertEquals(7, days.size());
        assertEquals(LocalDate.of(2026, 2, 24), days.get(0), "across the end of February");
        assertEquals(TODAY, days.get(6));
        assertEquals(90, ReportPeriod.DAYS_90.days(TODAY).size());
        assertEquals(LocalDate.of(2026, 2, 1), ReportPeriod.DAYS_30.firstDay(TODAY));
    }

    @Test
    void daysWithoutTicketsCountZero() {
        List<Long> counts = ReportPeriod.DAYS_7.perDay(TODAY, Map.of(TODAY, 4L, LocalDate.of(2026, 2, 26), 2L,
                LocalDate.of(2026, 1, 1), 99L));
        assertEquals(List.of(0L, 0L, 2L, 0L, 0L, 0L, 4L), counts, "a day outside the period is left out");
    }

    @Test
    void onlySevenThirtyAndNinetyDays() {
        assertEquals(ReportPeriod.DAYS_30, ReportPeriod.ofDays(30));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ReportPeriod.ofDays(14));
        assertEquals("period", refused.field());
    }
}
