package dev.helpdesk.web.common.api;

import dev.helpdesk.shared.domain.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON request body of the API passes here before JSON-B reads it, so that bad input is refused the same
 * way on every resource, as a 400 naming the field, before anything runs: a body larger than {@link #MAX_BYTES}
 * or cut short, one that is not UTF-8 (JSON-B would read broken bytes as replacement characters and store them),
 * and one whose shape does not fit the record it is read into ({@link JsonShape}). Text that is JSON but not
 * valid is left to JSON-B, which says so ({@link ErrorMappers.MalformedJson}).
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    /**
     * The largest JSON body the API reads: room for one attachment of the largest size as Base64 with the message
     * around it. It stays below the server's own limit ({@code HELPDESK_MAX_POST_SIZE}, 25 MB by default), which
     * refuses larger requests before the application sees them.
     */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = checked(context.getInputStream(), context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH),
                context.getGenericType());
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    /** The body's bytes once they pass; else the refusal, naming the field (or {@code body}). */
    static byte[] checked(InputStream in, String contentLength, Type type) {
        if (declaredLength(contentLength) > MAX_BYTES) {
            throw new InvalidInputException("body", "validation.body.tooLarge");
        }
        byte[] body = readAtMost(in, MAX_BYTES);
        if (body.length == 0) {
            return body;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "validation.body.encoding");
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            return body;
        }
        JsonShape.check(type, value);
        return body;
    }

    /** The length the request declares, or -1 when it declares none that can be read. */
    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > limit) {
                    throw new InvalidInputException("body", "validation.body.tooLarge");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            // the server's own limit, or a client gone mid-way: either way the body is not whole
            throw new InvalidInputException("body", "validation.body.unreadable");
        }
        return out.toByteArray();
    }
}
