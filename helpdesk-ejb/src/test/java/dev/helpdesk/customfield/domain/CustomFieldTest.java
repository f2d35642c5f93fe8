package dev.helpdesk.customfield.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.shared.domain.InvalidInputException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void eachTypeAcceptsItsValuesInOneCanonicalForm() {
        assertEquals("Contrato 42", field(CustomFieldType.TEXT, false).accept("  Contrato 42 "));
        assertEquals("1234.5", field(CustomFieldType.NUMBER, false).accept("1234,50"));
        assertEquals("-3", field(CustomFieldType.NUMBER, false).accept("-3.000"));
        assertEquals("2026-11-22", field(CustomFieldType.DATE, false).accept("22/11/2026"));
        assertEquals("2026-11-22", field(CustomFieldType.DATE, false).accept("2026-11-22"));
        assertEquals("Ouro", field(CustomFieldType.LIST, false).accept("ouro"));
        assertEquals("true", field(CustomFieldType.CHECKBOX, false).accept("on"));
        assertEquals("false", field(CustomFieldType.CHECKBOX, false).accept(null));
        assertNull(field(CustomFieldType.TEXT, false).accept("   "));
    }

    @Test
    void wrongValuesAreRefusedNamingTheFieldAndItsLabel() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> field(CustomFieldType.NUMBER, false).accept("doze"));
        assertEquals("customFields.7", e.field());
        assertEquals("Plano", e.fieldLabel());
        assertEquals("validation.customField.number", e.messageKey());
        assertThrows(InvalidInputException.class, () -> field(CustomFieldType.DATE, false).accept("31/02/2026"));
        assertThrows(InvalidInputException.class, () -> field(CustomFieldType.LIST, false).accept("Platina"));
        assertThrows(InvalidInputException.class, () -> field(CustomFieldType.CHECKBOX, false).accept("talvez"));
        assertThrows(InvalidInputException.class,
                () -> field(CustomFieldType.TEXT, false).accept("x".repeat(CustomField.MAX_VALUE_LENGTH + 1)));
    }

    @Test
    void aRequiredFieldMustBeFilledAndARequiredCheckboxTicked() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> field(CustomFieldType.TEXT, true).accept(" "));
        assertEquals("validation.required", e.messageKey());
        assertThrows(InvalidInputException.class, () -> field(CustomFieldType.CHECKBOX, true).accept("false"));
        assertEquals("true", field(CustomFieldType.CHECKBOX, true).accept("true"));
    }

    @Test
    void aListNeedsOptionsAndOnlyTicketFieldsBelongToADepartment() {
        assertThrows(InvalidInputException.class, () -> new CustomField("Plano", CustomFieldPlace.CUSTOMER,
                CustomFieldType.LIST, false, List.of(" "), null, 1));
        Department support = withId(new Department("Suporte", NOW), 1L, Department.class);
        assertThrows(InvalidInputException.class, () -> new CustomField("Plano", CustomFieldPlace.CUSTOMER,
                CustomFieldType.TEXT, false, null, support, 1));
        CustomField ticketField = new CustomField("Série", CustomFieldPlace.TICKET_OPENING_EXTERNAL,
                CustomFieldType.TEXT, false, null, support, 1);
        assertTrue(ticketField.appliesTo(CustomFieldPlace.TICKET_OPENING_EXTERNAL, 1L));
        assertFalse(ticketField.appliesTo(CustomFieldPlace.TICKET_OPENING_EXTERNAL, 2L));
        assertFalse(ticketField.appliesTo(CustomFieldPlace.TICKET_CLOSING_EXTERNAL, 1L));
    }

    @Test
    void aFormRefusesValuesForFieldsItDoesNotHaveAndChecksEveryField() {
        CustomField plan = withId(field(CustomFieldType.LIST, true), 7L, CustomField.class);
        CustomField notes = withId(new CustomField("Notas", CustomFieldPlace.CUSTOMER, CustomFieldType.TEXT, false,
                null, null, 2), 8L, CustomField.class);
        CustomFieldForm form = new CustomFieldForm(List.of(plan, notes));

        assertEquals(Map.of(plan, "Prata"), form.accept(Map.of(7L, "prata")));
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> form.accept(Map.of()));
        assertEquals("customFields.7", missing.field());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> form.accept(Map.of(7L, "Ouro", 99L, "x")));
        assertEquals("customFields.99", unknown.field());
    }

    private static CustomField field(CustomFieldType type, boolean required) {
        return withId(new CustomField("Plano", CustomFieldPlace.CUSTOMER, type, required,
                type == CustomFieldType.LIST ? List.of("Ouro", "Prata", "Ouro") : null, null, 1), 7L,
                CustomField.class);
    }

    private static <T> T withId(T entity, Long id, Class<T> type) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
