package dev.helpdesk.web.common.panel;

import dev.helpdesk.shared.infrastructure.Settings;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Shows instants in the account's time zone (HELPDESK_TIMEZONE, America/Sao_Paulo by default) and in the
 * viewer's language. Display only: instants are never typed in.
 */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    private static final ZoneId ZONE = ZoneId.of(Settings.get("timezone", "America/Sao_Paulo"));

    /** The account's time zone, in which panels show instants and read the days typed in. */
    public static ZoneId accountZone() {
        return ZONE;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.getViewRoot().getLocale())
                .withZone(ZONE)
                .format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Instants are display only");
    }
}
