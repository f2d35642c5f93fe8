package dev.helpdesk.ticket.domain;

import java.lang.reflect.Field;

/** Gives entities the id the database would, for tests without a database. */
final class Entities {

    private Entities() {
    }

    static <T> T withId(T entity, Long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
