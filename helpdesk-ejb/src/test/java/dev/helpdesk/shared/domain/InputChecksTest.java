package dev.helpdesk.shared.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputChecksTest {

    @Test
    void everyWrongFieldIsKeptAndTheFirstIsThrownCarryingTheOthers() {
        InputChecks checks = new InputChecks();
        assertNull(checks.value(() -> Inputs.requiredText("name", " ", 10)));
        checks.position("position", 0);
        checks.refuse(InvalidInputException.withArguments("active", "validation.department.inUse", "a@x.test"));
        InvalidInputException e = assertThrows(InvalidInputException.class, checks::throwIfAny);
        assertEquals("name", e.field(), "the API names the first");
        assertEquals(List.of("name", "position", "active"), e.all().stream().map(InvalidInputException::field)
                .toList());
        assertArrayEquals(new Object[] {"a@x.test"}, e.all().get(2).arguments());
    }

    @Test
    void nothingWrongThrowsNothing() {
        InputChecks checks = new InputChecks();
        assertEquals("Suporte", checks.value(() -> Inputs.requiredText("name", " Suporte ", 10)));
        checks.position("position", null);
        checks.position("position", 1);
        checks.throwIfAny();
    }
}
