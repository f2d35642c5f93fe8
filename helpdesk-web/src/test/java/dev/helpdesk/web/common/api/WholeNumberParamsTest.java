package dev.helpdesk.web.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

class WholeNumberParamsTest {

    @SuppressWarnings("unused")
    private static void resource(@PathParam("protocol") long protocol, @QueryParam("before") Long before,
                                 @QueryParam("limit") int limit, String body) {
    }

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        return WholeNumberParamsTest.class.getDeclaredMethod("resource", long.class, Long.class, int.class,
                String.class).getParameterAnnotations()[parameter];
    }

    private static <T> ParamConverter<T> converter(Class<T> type, int parameter) throws NoSuchMethodException {
        return new WholeNumberParams().getConverter(type, type, annotationsOf(parameter));
    }

    @Test
    void wholeNumbersAreRead() throws Exception {
        assertEquals(42L, converter(long.class, 0).fromString("42"));
        assertEquals(-7L, converter(Long.class, 1).fromString("-7"));
        assertEquals(Long.MAX_VALUE, converter(Long.class, 1).fromString("9223372036854775807"));
        assertEquals(50, converter(int.class, 2).fromString("50"));
        assertNull(converter(Long.class, 1).fromString(""), "an empty optional parameter is no value");
    }

    @Test
    void anythingElseIsA400NamingTheParameter() throws Exception {
        for (String bad : List.of("abc", "1.5", "1e3", " 1", "+1", "0x10", "9223372036854775808", "")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> converter(long.class, 0).fromString(bad), bad);
            assertEquals("protocol", refused.field());
            assertEquals("validation.wholeNumber", refused.messageKey());
        }
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> converter(int.class, 2).fromString("2147483648")).field());
        assertEquals(Integer.class, converter(int.class, 2).fromString("7").getClass());
    }

    @Test
    void onlyNamedWholeNumberParametersAreConverted() throws Exception {
        assertNull(new WholeNumberParams().getConverter(String.class, String.class, annotationsOf(1)));
        assertNull(new WholeNumberParams().getConverter(Long.class, Long.class, annotationsOf(3)));
    }
}
