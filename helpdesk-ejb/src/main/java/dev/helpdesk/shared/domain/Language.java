package dev.helpdesk.shared.domain;

import java.util.Arrays;
import java.util.Locale;

/** The interface languages the help desk ships; Brazilian Portuguese is the default. */
public enum Language {
    PT_BR("pt-BR"), EN("en"), ES("es");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Language fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return PT_BR;
        }
        return Arrays.stream(values())
                .filter(l -> l.tag.equalsIgnoreCase(tag) || l.name().equalsIgnoreCase(tag.replace('-', '_')))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("language", "validation.language"));
    }
}
