package dev.helpdesk.shared.domain;

import java.util.Locale;

/**
 * Text people search with, as a lower-case JPQL LIKE pattern that finds it anywhere: {@code %} and {@code _} typed
 * by a person are escaped with {@code !}, so queries must say {@code ESCAPE '!'} (without an explicit escape
 * character Hibernate writes {@code ESCAPE ''} and they would act as wildcards).
 */
public final class SearchText {

    private SearchText() {
    }

    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
