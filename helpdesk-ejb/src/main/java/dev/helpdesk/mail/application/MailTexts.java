package dev.helpdesk.mail.application;

import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.shared.infrastructure.Settings;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

/**
 * The texts of the e-mails the help desk sends, in the recipient's language ({@code mail*.properties}): for each
 * kind, {@code <kind>.subject} and {@code <kind>.body}, MessageFormat patterns over the arguments given.
 */
public final class MailTexts {

    private static final String BUNDLE = "dev.helpdesk.mail.mail";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ZoneId ZONE = ZoneId.of(Settings.get("timezone", "America/Sao_Paulo"));

    private MailTexts() {
    }

    public static String subject(String kind, Language language, Object... arguments) {
        return format(kind + ".subject", language, arguments);
    }

    public static String body(String kind, Language language, Object... arguments) {
        return format(kind + ".body", language, arguments);
    }

    public static String text(String key, Language language, Object... arguments) {
        return format(key, language, arguments);
    }

    /** A text as written, for templates that use named placeholders rather than MessageFormat's. */
    public static String raw(String key, Language language) {
        Language chosen = language == null ? Language.PT_BR : language;
        return ResourceBundle.getBundle(BUNDLE, chosen.locale(), MailTexts.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
    }

    /** An instant as the recipient reads dates, in the account's time zone. */
    public static String when(Instant instant, Language language) {
        Language chosen = language == null ? Language.PT_BR : language;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(chosen.locale()).withZone(ZONE)
                .format(instant);
    }

    private static String format(String key, Language language, Object... arguments) {
        Language chosen = language == null ? Language.PT_BR : language;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen.locale(), MailTexts.class.getClassLoader(),
                NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), chosen.locale()).format(arguments);
    }
}
