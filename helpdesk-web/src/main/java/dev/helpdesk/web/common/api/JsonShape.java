package dev.helpdesk.web.common.api;

import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Checks a JSON body against the record it is read into, before JSON-B reads it, where JSON-B would otherwise
 * read it loosely: a whole-number field ({@code Long}, {@code Integer}, {@code long}, {@code int}) takes only a
 * whole JSON number in range, not {@code 1.5} (which JSON-B cuts to 1) nor a string; a list is a JSON array with no
 * {@code null} item; a record or a map is a JSON object. A refusal names the field as the domain does: a record's
 * field by its name ({@code departmentId}, {@code a.b} when nested), anything inside a list by the list's name
 * ({@code attachments}), a map's value by {@code map.key}, and the body as a whole by {@code body}. What JSON-B
 * reads strictly anyway (enums, dates, text, booleans) is left to it.
 */
final class JsonShape {

    private JsonShape() {
    }

    /** Refuses, with an {@link InvalidInputException} naming the field, the first value that does not fit. */
    static void check(Type type, JsonValue value) {
        check(type, value, null);
    }

    private static void check(Type type, JsonValue value, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                checkList(arguments[0], value, path);
            } else if (Map.class.isAssignableFrom(raw)) {
                checkMap(arguments[1], value, path);
            }
            return;
        }
        if (!(type instanceof Class<?> plain)) {
            return;
        }
        if (plain.isRecord()) {
            checkRecord(plain, value, path);
        } else if (plain == Long.class || plain == long.class) {
            wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE, path);
        } else if (plain == Integer.class || plain == int.class) {
            wholeNumber(value, Integer.MIN_VALUE, Integer.MAX_VALUE, path);
        } else if (plain == Short.class || plain == short.class) {
            wholeNumber(value, Short.MIN_VALUE, Short.MAX_VALUE, path);
        }
    }

    private static void checkRecord(Class<?> record, JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refused(path, "validation.json.type");
        }
        JsonObject object = value.asJsonObject();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            check(component.getGenericType(), object.get(name), path == null ? name : path + "." + name);
        }
    }

    private static void checkList(Type item, JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw refused(path, "validation.json.type");
        }
        JsonArray array = value.asJsonArray();
        for (JsonValue element : array) {
            if (element.getValueType() == JsonValue.ValueType.NULL) {
                throw refused(path, "validation.list.nullItem");
            }
            check(item, element, path);
        }
    }

    private static void checkMap(Type valueType, JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refused(path, "validation.json.type");
        }
        value.asJsonObject().forEach((key, entry) -> check(valueType, entry,
                path == null ? key : path + "." + key));
    }

    private static void wholeNumber(JsonValue value, long min, long max, String path) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw refused(path, "validation.wholeNumber");
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.signum() == 0) {
            return;
        }
        // scale and precision first: 1e999999999 must not be expanded to find out it is too large
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > 0 || stripped.precision() - stripped.scale() > 19) {
            throw refused(path, "validation.wholeNumber");
        }
        long whole;
        try {
            whole = stripped.longValueExact();
        } catch (ArithmeticException e) {
            throw refused(path, "validation.wholeNumber");
        }
        if (whole < min || whole > max) {
            throw refused(path, "validation.wholeNumber");
        }
    }

    private static InvalidInputException refused(String path, String messageKey) {
        return new InvalidInputException(path == null ? "body" : path, messageKey);
    }
}
