package dev.helpdesk.web.common.api;

import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.regex.Pattern;

/**
 * Ids and numbers in paths and query strings ({@code /tickets/{protocol}}, {@code ?before=}, {@code ?limit=}),
 * for every resource: what is not a whole number is a 400 naming the parameter, not the 404 JAX-RS answers by
 * default (which says the ticket does not exist when the request was wrong). An empty value of an optional
 * parameter ({@code ?before=}) is no value.
 */
@Provider
public class WholeNumberParams implements ParamConverterProvider {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Whole(name, rawType.isPrimitive(), Long.MIN_VALUE, Long.MAX_VALUE, false);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Whole(name, rawType.isPrimitive(), Integer.MIN_VALUE, Integer.MAX_VALUE,
                    true);
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                return p.value();
            } else if (annotation instanceof QueryParam q) {
                return q.value();
            } else if (annotation instanceof MatrixParam m) {
                return m.value();
            } else if (annotation instanceof HeaderParam h) {
                return h.value();
            } else if (annotation instanceof CookieParam c) {
                return c.value();
            } else if (annotation instanceof FormParam f) {
                return f.value();
            }
        }
        return null;
    }

    /** Reads a whole number of a range. */
    static final class Whole implements ParamConverter<Object> {

        private final String name;
        private final boolean required;
        private final long min;
        private final long max;
        private final boolean integer;

        Whole(String name, boolean required, long min, long max, boolean integer) {
            this.name = name;
            this.required = required;
            this.min = min;
            this.max = max;
            this.integer = integer;
        }

        @Override
        public Object fromString(String value) {
            if (value == null || (value.isEmpty() && !required)) {
                return null;
            }
            if (!WHOLE.matcher(value).matches()) {
                throw refused();
            }
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw refused();
            }
            if (number < min || number > max) {
                throw refused();
            }
            if (integer) {
                return Integer.valueOf((int) number);
            }
            return Long.valueOf(number);
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }

        /**
         * JAX-RS wraps what a converter throws in a 404 (paths) or a 400 (query strings) with it as the cause, which
         * {@link ErrorMappers.Web} answers as bad input naming the parameter.
         */
        private InvalidInputException refused() {
            return new InvalidInputException(name, "validation.wholeNumber");
        }
    }
}
