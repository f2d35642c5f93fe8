package dev.helpdesk.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DepartmentLifecycleTest {

    private final Department department = new Department("Suporte", Instant.EPOCH);

    @Test
    void newCategoriesGoToTheEndOfTheList() {
        Category first = department.addCategory("Acesso");
        Category second = department.addCategory("Hardware");
        assertEquals(1, first.position());
        assertEquals(2, second.position());
        first.placeAt(5);
        assertEquals(6, department.addCategory("Rede").position());
    }

    @Test
    void aCategoryIsRenamedUniquelyInItsDepartmentWhateverTheCase() {
        Category access = department.addCategory("Acesso");
        department.addCategory("Hardware");
        InvalidInputException taken = assertThrows(InvalidInputException.class, () -> access.rename("HARDWARE"));
        assertEquals("name", taken.field());
        assertEquals("validation.duplicate", taken.messageKey());
        assertEquals("Acesso", access.name(), "a refused name changes nothing");
        access.rename(" ACESSO ");
        assertEquals("ACESSO", access.name(), "its own name in another case is no clash");
        assertEquals("name", assertThrows(InvalidInputException.class, () -> access.rename(" ")).field());
    }

    @Test
    void deactivatedAndReactivated() {
        Category access = department.addCategory("Acesso");
        assertTrue(department.isActive());
        department.activate(false);
        access.activate(false);
        assertFalse(department.isActive());
        assertFalse(access.isActive());
        department.activate(true);
        access.activate(true);
        assertTrue(department.isActive());
        assertTrue(access.isActive());
    }

    @Test
    void aDepartmentIsRenamed() {
        department.rename("  Suporte Técnico ");
        assertEquals("Suporte Técnico", department.name());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> department.rename("")).field());
    }
}
