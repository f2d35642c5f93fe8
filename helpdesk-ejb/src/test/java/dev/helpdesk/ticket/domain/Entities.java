package dev.helpdesk.ticket.domain;

import java.lang.reflect.Field;

/** Gives entities the id the database would, for tests without a database. */
final class Entities {

    private Entities() {
    }

    static <T> T withId(T entity, Long id) {
        return withId(entity, id, "id");
    }

    static <T> T withId(T entity, Long id, String idField) {
        return withField(entity, idField, id);
    }

    /** Sets a field the entity's own methods would not set this way, for a situation a test needs. */
    static <T> T withField(T entity, String name, Object value) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(entity, value);
                return entity;
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no field " + name);
    }
}
