package dev.helpdesk.web.common.panel;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Shows a month in the viewer's language ("novembro de 2026", "November 2026"), by the pattern of the bundle's
 * {@code format.month}. Display only.
 */
@FacesConverter(forClass = YearMonth.class)
public class YearMonthConverter implements Converter<YearMonth> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(Messages.text("format.month"), context.getViewRoot().getLocale())
                .format(value);
    }

    @Override
    public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Months are display only");
    }
}
