package dev.helpdesk.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void noValuesHaveNoMedian() {
        assertNull(Median.of(Map.of()));
        assertNull(Median.of(Map.of(5L, 0L)));
    }

    @Test
    void anOddCountGivesTheMiddleValue() {
        assertEquals(7.0, Median.of(Map.of(3L, 1L, 7L, 1L, 90L, 1L)));
        assertEquals(4.0, Median.of(Map.of(4L, 3L)));
    }

    @Test
    void anEvenCountGivesTheMeanOfTheTwoMiddleValues() {
        assertEquals(5.0, Median.of(Map.of(3L, 1L, 7L, 1L)));
        assertEquals(20.5, Median.of(Map.of(1L, 2L, 20L, 1L, 21L, 1L, 500L, 2L)));
    }

    @Test
    void countsWeighTheirValueAsOftenAsTheySay() {
        // 1×10 and 1000×60: the middle lies deep inside the sixties
        assertEquals(60.0, Median.of(Map.of(10L, 1L, 60L, 1000L)));
        Map<Long, Long> counts = new HashMap<>();
        counts.put(2L, 50L);
        counts.put(9L, 50L);
        assertEquals(5.5, Median.of(counts), "the two middle values fall on both sides of the boundary");
    }
}
