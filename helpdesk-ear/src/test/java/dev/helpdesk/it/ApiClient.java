package dev.helpdesk.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A small JSON client for the help desk's REST API, as an integrator would write one. */
final class ApiClient {

    static final String PROVISIONING_TOKEN = "hd_integration-tests-provisioning-token";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    ApiClient(String base, String token) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
    }

    static ApiClient admin(String base) {
        return new ApiClient(base, PROVISIONING_TOKEN);
    }

    ApiClient as(String otherToken) {
        return new ApiClient(base, otherToken);
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    /** A JSON post that asks for answers in {@code acceptLanguage} (an Accept-Language value). */
    Response postAccepting(String path, JsonStructure body, String acceptLanguage) {
        return send(request(path).header("Content-Type", "application/json").header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A GET that says, as a reverse proxy would, that it comes from {@code forwardedFor}. */
    Response getForwardedFor(String path, String forwardedFor) {
        return send(request(path).header("X-Forwarded-For", forwardedFor).GET());
    }

    /** A JSON post that says, as a reverse proxy would, that it comes from {@code forwardedFor}. */
    Response postForwardedFor(String path, JsonStructure body, String forwardedFor) {
        return send(request(path).header("X-Forwarded-For", forwardedFor).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Response post(String path, JsonStructure body) {
        return postRaw(path, body.toString());
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    Response put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Response postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON post of exactly these bytes, which need not be UTF-8. */
    Response postBytes(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body, Map<String, List<String>> headers) {

        Response(int status, String body) {
            this(status, body, Map.of());
        }

        /** The first value of a header of the answer, by its name in any case, or null. */
        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonValue jsonValue() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readValue();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
