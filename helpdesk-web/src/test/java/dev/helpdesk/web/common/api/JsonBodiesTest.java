package dev.helpdesk.web.common.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.api.ApiRequests.CannedResponseBody;
import dev.helpdesk.web.common.api.ApiRequests.FinishBody;
import dev.helpdesk.web.common.api.ApiRequests.NewTicketBody;
import dev.helpdesk.web.common.api.ApiRequests.TimeEntryBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class JsonBodiesTest {

    private static byte[] check(String json, Type type) {
        return JsonBodies.checked(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null, type);
    }

    private static void assertRefused(String field, String messageKey, Executable check) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, check);
        assertEquals(field, refused.field());
        assertEquals(messageKey, refused.messageKey());
    }

    @Test
    void aBodyThatFitsPassesUnchanged() {
        String json = "{\"departmentId\":1,\"categoryId\":2.0,\"subject\":\"Olá\",\"message\":\"m\","
                + "\"attachments\":[{\"fileName\":\"a.txt\",\"contentBase64\":\"b2s=\"}],"
                + "\"customFields\":{\"7\":\"x\",\"8\":null},\"notifyByEmail\":false,\"extra\":[null]}";
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), check(json, NewTicketBody.class));
        assertEquals(0, check("", NewTicketBody.class).length, "an empty body is left to the resource");
        check("{\"departmentId\":null,\"attachments\":null}", NewTicketBody.class);
        check("{not json", NewTicketBody.class);
    }

    @Test
    void wholeNumberFieldsTakeOnlyWholeNumbersInRange() {
        for (String bad : List.of("1.5", "\"1\"", "true", "{}", "1e30", "9223372036854775808", "1e999999999",
                "-0.5")) {
            assertRefused("departmentId", "validation.wholeNumber",
                    () -> check("{\"departmentId\":" + bad + "}", NewTicketBody.class));
        }
        check("{\"departmentId\":9223372036854775807,\"categoryId\":1E2}", NewTicketBody.class);
        assertRefused("minutes", "validation.wholeNumber",
                () -> check("{\"minutes\":2147483648}", TimeEntryBody.class));
        assertRefused("departmentIds", "validation.wholeNumber",
                () -> check("{\"departmentIds\":[1,2.5]}", CannedResponseBody.class));
    }

    @Test
    void listsHaveNoNullItemsAndRecordsAreObjects() {
        assertRefused("attachments", "validation.list.nullItem",
                () -> check("{\"attachments\":[{\"fileName\":\"a\"},null]}", NewTicketBody.class));
        assertRefused("departmentIds", "validation.list.nullItem",
                () -> check("{\"departmentIds\":[null]}", CannedResponseBody.class));
        assertRefused("attachments", "validation.json.type",
                () -> check("{\"attachments\":{\"fileName\":\"a\"}}", NewTicketBody.class));
        assertRefused("attachments", "validation.json.type",
                () -> check("{\"attachments\":[\"a.txt\"]}", NewTicketBody.class));
        assertRefused("customFields", "validation.json.type",
                () -> check("{\"customFields\":[]}", FinishBody.class));
        assertRefused("body", "validation.json.type", () -> check("[1]", NewTicketBody.class));
    }

    @Test
    void invalidUtf8IsRefusedNamingTheBody() {
        byte[] latin1 = "{\"subject\":\"Relatório\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("body", "validation.body.encoding",
                () -> JsonBodies.checked(new ByteArrayInputStream(latin1), null, NewTicketBody.class));
        byte[] truncated = {'{', '"', 's', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'};
        assertRefused("body", "validation.body.encoding",
                () -> JsonBodies.checked(new ByteArrayInputStream(truncated), null, NewTicketBody.class));
    }

    @Test
    void aBodyLargerThanTheLimitOrCutShortIsRefused() {
        assertRefused("body", "validation.body.tooLarge", () -> JsonBodies.checked(new ByteArrayInputStream(
                new byte[0]), String.valueOf(JsonBodies.MAX_BYTES + 1L), NewTicketBody.class));
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertRefused("body", "validation.body.tooLarge", () -> JsonBodies.checked(endless, null,
                NewTicketBody.class));
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection closed");
            }
        };
        assertRefused("body", "validation.body.unreadable", () -> JsonBodies.checked(broken, "10",
                NewTicketBody.class));
    }
}
