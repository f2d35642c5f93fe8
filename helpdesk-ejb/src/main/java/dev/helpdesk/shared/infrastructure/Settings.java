package dev.helpdesk.shared.infrastructure;

import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings: a system property {@code helpdesk.some.name} wins over the environment variable
 * {@code HELPDESK_SOME_NAME}. The README lists them.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String name) {
        String property = System.getProperty("helpdesk." + name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv("HELPDESK_" + name.toUpperCase(Locale.ROOT).replace('.', '_'));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
    }

    public static String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    public static boolean flag(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }
}
