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
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(idField);
                field.setAccessible(true);
                field.set(entity, id);
                return entity;
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no id field");
    }
}
