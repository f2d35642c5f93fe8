package dev.helpdesk.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTest {

    private final List<String> list = List.of("a", "b", "c", "d");

    @Test
    void anItemMovesToItsNewPlaceAndTheOthersCloseUp() {
        assertEquals(List.of("c", "a", "b", "d"), Positions.moveTo(list, "c", 1, "position"));
        assertEquals(List.of("b", "c", "a", "d"), Positions.moveTo(list, "a", 3, "position"));
        assertEquals(List.of("a", "b", "c", "d"), Positions.moveTo(list, "b", 2, "position"), "same place");
    }

    @Test
    void aPlaceBeyondTheEndIsTheLast() {
        assertEquals(List.of("b", "c", "d", "a"), Positions.moveTo(list, "a", 99, "position"));
    }

    @Test
    void aPlaceBelowOneIsRefusedOnTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Positions.moveTo(list, "a", 0, "position"));
        assertEquals("position", e.field());
        assertEquals("validation.position", e.messageKey());
    }

    @Test
    void upAndDownStopAtTheEnds() {
        assertEquals(List.of("b", "a", "c", "d"), Positions.moveBy(list, "b", -1));
        assertEquals(List.of("a", "b", "c", "d"), Positions.moveBy(list, "a", -1), "the first stays first");
        assertEquals(List.of("a", "b", "d", "c"), Positions.moveBy(list, "c", 1));
        assertEquals(List.of("a", "b", "c", "d"), Positions.moveBy(list, "d", 1), "the last stays last");
    }
}
