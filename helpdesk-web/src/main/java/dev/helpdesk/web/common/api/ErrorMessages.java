package dev.helpdesk.web.common.api;

import dev.helpdesk.account.application.AccountSettingsService;
import dev.helpdesk.directory.application.LoginIdentities;
import dev.helpdesk.shared.domain.Language;
import jakarta.enterprise.inject.spi.CDI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * API error texts, from the bundle the panels use, in the caller's language: the language the token's person chose,
 * else the first of the request's Accept-Language the help desk speaks, else the account's default.
 */
public final class ErrorMessages {

    private static final String BUNDLE = "dev.helpdesk.web.i18n.messages";

    private ErrorMessages() {
    }

    public static String text(String key, Locale locale, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The language to answer in, for the signed-in {@code principal} (null: none) and the accepted languages. */
    public static Locale languageFor(String principal, List<Locale> acceptable) {
        Optional<String> chosen = principal == null || principal.isBlank() ? Optional.empty()
                : CDI.current().select(LoginIdentities.class).get().language(principal);
        if (chosen.isPresent()) {
            return Language.fromTag(chosen.get()).locale();
        }
        for (Locale locale : acceptable) {
            Optional<Language> spoken = spoken(locale);
            if (spoken.isPresent()) {
                return spoken.get().locale();
            }
        }
        return Language.fromTag(CDI.current().select(AccountSettingsService.class).get().current()
                .defaultLanguage()).locale();
    }

    private static Optional<Language> spoken(Locale locale) {
        return switch (locale.getLanguage()) {
            case "pt" -> Optional.of(Language.PT_BR);
            case "en" -> Optional.of(Language.EN);
            case "es" -> Optional.of(Language.ES);
            default -> Optional.empty();
        };
    }
}
