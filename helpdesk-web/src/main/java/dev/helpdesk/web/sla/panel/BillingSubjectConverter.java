package dev.helpdesk.web.sla.panel;

import dev.helpdesk.sla.application.BillingSubject;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The billing report's picked customer or organization in the page: kind, id and name ({@code CUSTOMER:12:Ana}).
 * Only the kind and the id count; the report checks them against what the caller may read. Text that is no such
 * value (typed, not picked) is no choice.
 */
@FacesConverter("billingSubject")
public class BillingSubjectConverter implements Converter<BillingSubject> {

    private static final Pattern VALUE = Pattern.compile("(CUSTOMER|ORGANIZATION):([0-9]{1,18}):(.*)", Pattern.DOTALL);

    @Override
    public String getAsString(FacesContext context, UIComponent component, BillingSubject value) {
        return value == null ? "" : value.kind().name() + ":" + value.id() + ":" + value.name();
    }

    @Override
    public BillingSubject getAsObject(FacesContext context, UIComponent component, String value) {
        Matcher matcher = value == null ? null : VALUE.matcher(value);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        return new BillingSubject(BillingSubject.Kind.valueOf(matcher.group(1)), Long.parseLong(matcher.group(2)),
                matcher.group(3), null);
    }
}
