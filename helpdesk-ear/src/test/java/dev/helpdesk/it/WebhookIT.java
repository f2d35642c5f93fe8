package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks to a receiver that is down, then answers 500, then 200: every event arrives, signed (both signatures
 * checked here with the receiver's own HMAC code), each attempt is in the delivery log, and a replay from the log
 * arrives again with the same event id. Retries are minutes apart, so the server's clock is moved forward.
 */
@ExtendWith(HelpdeskServer.class)
class WebhookIT {

    private static final int PORT = 18555;
    private static final String SECRET = "it-webhook-secret-0123";

    private final ServerClock clock = ServerClock.managed();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(500);
    private HttpServer receiver;

    private final AtomicReference<String> answerBody = new AtomicReference<>();

    record Received(String path, String eventId, String hubSignature, String signature, long timestamp, byte[] body, int answer) {
        JsonObject json() {
            return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
        }
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aReceiverDownThenFailingThenWorkingGetsEveryEventSignedAndAReplay() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        assertEquals(400, admin.post("/webhooks", endpoint("ftp://localhost/hook", SECRET)).status());
        assertEquals(400, admin.post("/webhooks", endpoint("http://localhost:" + PORT + "/hook", "short")).status());
        assertEquals(403, account.clientFor(account.supportAgentEmail).get("/webhooks").status());
        long endpointId = TestAccount.created(admin.post("/webhooks",
                endpoint("http://localhost:" + PORT + "/hook", SECRET))).getJsonNumber("id").longValue();
        try {
            ApiClient customer = account.clientFor(account.customerEmail);
            JsonObject ticket = TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                    .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                    .add("subject", "Webhook " + account.suffix).add("message", "Olá").build()));
            String publicId = ticket.getString("publicId");
            TestAccount.created(account.clientFor(account.supportAgentEmail).post("/tickets/"
                    + ticket.getJsonNumber("protocol").longValue() + "/replies",
                    Json.createObjectBuilder().add("body", "Resposta").build()));
            long customerId = TestAccount.created(admin.post("/customers", Json.createObjectBuilder()
                    .add("name", "Hook " + account.suffix).add("email", "hook-" + account.suffix + "@it.test")
                    .add("directory", "LDAP").build())).getJsonNumber("id").longValue();
            Set<String> expected = Set.of("ticket " + publicId + " created", "ticket " + publicId + " updated",
                    "customer " + customerId + " created");

            await(() -> deliveries(admin, endpointId).size() == 3
                    && deliveries(admin, endpointId).stream().allMatch(d -> d.getInt("attempts") == 1),
                    "every delivery tried once while the receiver is down");
            startReceiver();
            clock.shift(Duration.ofMinutes(1).plusSeconds(5));
            await(() -> deliveries(admin, endpointId).stream().allMatch(d -> d.getInt("attempts") == 2),
                    "retried after a minute, answered 500");
            answer.set(200);
            clock.shift(Duration.ofMinutes(7));
            await(() -> deliveries(admin, endpointId).stream().allMatch(d -> d.getString("state").equals("DELIVERED")),
                    "retried after five more minutes, delivered");

            List<Received> delivered = received.stream().filter(r -> r.answer() == 200).toList();
            assertEquals(expected, delivered.stream().map(r -> r.json().getString("type") + " "
                    + r.json().getString("id") + " " + r.json().getString("action")).collect(Collectors.toSet()));
            assertEquals(3, received.stream().filter(r -> r.answer() == 500).count());
            for (Received request : received) {
                assertEquals(hub(request.body()), request.hubSignature(), "X-Hub-Signature");
                assertEquals(timestamped(request.timestamp(), request.body()), request.signature(),
                        "X-Helpdesk-Signature");
            }

            JsonObject created = deliveries(admin, endpointId).stream()
                    .filter(d -> d.getString("objectId").equals(publicId) && d.getString("action").equals("CREATED"))
                    .findFirst().orElseThrow();
            assertEquals(3, created.getInt("attempts"));
            List<JsonObject> attempts = admin.get("/webhooks/deliveries/" + created.getJsonNumber("id")
                    + "/attempts").jsonValue().asJsonArray().getValuesAs(JsonObject.class);
            assertEquals(3, attempts.size(), attempts::toString);
            assertTrue(!attempts.get(0).containsKey("statusCode") || attempts.get(0).isNull("statusCode"),
                    "the first attempt found nobody listening");
            assertEquals(500, attempts.get(1).getInt("statusCode"));
            assertEquals(200, attempts.get(2).getInt("statusCode"));

            int before = received.size();
            assertEquals(202, admin.post("/webhooks/deliveries/" + created.getJsonNumber("id") + "/replay",
                    Json.createObjectBuilder().build()).status());
            await(() -> received.size() > before, "the replay arrives");
            Received replayed = received.get(received.size() - 1);
            assertEquals(created.getString("eventId"), replayed.eventId(), "same event id");
            assertArrayEquals(delivered.stream().filter(r -> r.eventId().equals(created.getString("eventId")))
                    .findFirst().orElseThrow().body(), replayed.body());
            assertEquals(404, admin.post("/webhooks/deliveries/999999999/replay",
                    Json.createObjectBuilder().build()).status());
        } finally {
            admin.put("/webhooks/" + endpointId, Json.createObjectBuilder()
                    .add("url", "http://localhost:" + PORT + "/hook").add("active", false).build());
        }
    }

    /**
     * What a receiver does with an event: check its signature, then read the ticket and the customer it names
     * through the API, by the ids in the body, with the token of an integration agent of the department; a token
     * of an agent of another department, or of another customer, gets nothing. Lists carry the same ids.
     */
    @Test
    void aReceiverReadsTheTicketAndTheCustomerAnEventNamesByTheIdsInIt() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        answer.set(200);
        startReceiver();
        String path = "/reader-" + account.suffix;
        long endpointId = TestAccount.created(admin.post("/webhooks",
                endpoint("http://localhost:" + PORT + path, SECRET))).getJsonNumber("id").longValue();
        try {
            String email = "reader-" + account.suffix + "@it.test";
            account.createLocalCustomer("Reader " + account.suffix, email);
            TestAccount.created(account.clientFor(email).post("/tickets", Json.createObjectBuilder()
                    .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                    .add("subject", "Lido pelo receptor " + account.suffix).add("message", "Olá").build()));
            await(() -> received.stream().filter(r -> r.path().equals(path)).count() >= 2,
                    "the customer's and the ticket's events");
            Received ticketEvent = event(path, "ticket");
            Received customerEvent = event(path, "customer");
            for (Received event : List.of(ticketEvent, customerEvent)) {
                assertEquals(hub(event.body()), event.hubSignature(), "X-Hub-Signature");
                assertEquals("created", event.json().getString("action"));
            }
            String ticketId = ticketEvent.json().getString("id");
            String customerId = customerEvent.json().getString("id");

            ApiClient integration = account.clientFor(account.supportAgentEmail);
            JsonObject ticket = TestAccount.ok(integration.get("/tickets/" + ticketId));
            assertEquals(ticketId, ticket.getString("publicId"));
            assertEquals("Lido pelo receptor " + account.suffix, ticket.getString("subject"));
            assertEquals(customerId, String.valueOf(ticket.getJsonNumber("customerId").longValue()),
                    "the ticket names the customer the customer event named");
            long protocol = ticket.getJsonNumber("protocol").longValue();
            assertEquals(ticketId, TestAccount.ok(integration.get("/tickets/" + protocol)).getString("publicId"),
                    "the protocol still reads it");
            assertEquals(ticketId, TestAccount.ok(integration.get("/tickets/" + ticketId.toUpperCase(
                    java.util.Locale.ROOT))).getString("publicId"));
            JsonObject customer = TestAccount.ok(integration.get("/customers/" + customerId));
            assertEquals(email, customer.getString("email"));

            JsonObject listed = integration.get("/tickets?limit=100").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(t -> ticketId.equals(t.getString("publicId", null))).findFirst().orElseThrow();
            assertEquals(protocol, listed.getJsonNumber("protocol").longValue());
            assertEquals(customerId, String.valueOf(listed.getJsonNumber("customerId").longValue()));
            assertEquals(customerId, String.valueOf(integration.get("/customers?q=" + email).jsonValue()
                    .asJsonArray().getJsonObject(0).getJsonNumber("id").longValue()));

            ApiClient otherDepartment = account.clientFor(account.financeAgentEmail);
            assertEquals(404, otherDepartment.get("/tickets/" + ticketId).status(), "not Finance's ticket");
            assertEquals(404, otherDepartment.get("/tickets/" + protocol).status());
            ApiClient otherCustomer = account.clientFor(account.otherCustomerEmail);
            assertEquals(404, otherCustomer.get("/tickets/" + ticketId).status(), "not their ticket");
            assertEquals(403, otherCustomer.get("/customers/" + customerId).status());
            assertEquals(404, integration.get("/tickets/" + "0".repeat(31) + "f").status(), "no such ticket");
            TestAccount.assertInvalid(integration.get("/tickets/not-a-ticket"), "protocol");
        } finally {
            admin.put("/webhooks/" + endpointId, Json.createObjectBuilder()
                    .add("url", "http://localhost:" + PORT + path).add("active", false).build());
        }
    }

    private Received event(String path, String type) {
        return received.stream().filter(r -> r.path().equals(path) && r.json().getString("type").equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " event at " + path));
    }

    @Test
    void deletingATicketOrACustomerIsReported() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        answer.set(200);
        startReceiver();
        long endpointId = TestAccount.created(admin.post("/webhooks",
                endpoint("http://localhost:" + PORT + "/hook", SECRET))).getJsonNumber("id").longValue();
        try {
            ApiClient customer = account.clientFor(account.customerEmail);
            JsonObject ticket = TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                    .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                    .add("subject", "Apagar " + account.suffix).add("message", "Olá")
                    .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("fileName", "a.txt").add("contentType", "text/plain")
                            .add("contentBase64", "b2k="))).build()));
            long protocol = ticket.getJsonNumber("protocol").longValue();
            ApiClient agent = account.clientFor(account.supportAgentEmail);
            TestAccount.created(agent.post("/tickets/" + protocol + "/replies",
                    Json.createObjectBuilder().add("body", "Resposta").build()));
            assertEquals(403, agent.delete("/tickets/" + protocol).status(), "administrators only");
            assertEquals(204, admin.delete("/tickets/" + protocol).status());
            assertEquals(404, admin.get("/tickets/" + protocol).status());
            assertEquals(404, admin.delete("/tickets/" + protocol).status());

            long withTicketsId = admin.get("/customers?q=" + account.customerEmail).jsonValue().asJsonArray()
                    .getJsonObject(0).getJsonNumber("id").longValue();
            customer.post("/tickets", Json.createObjectBuilder().add("departmentId", account.supportId)
                    .add("categoryId", account.supportCategoryId).add("subject", "Fica").add("message", "x").build());
            ApiClient.Response refused = admin.delete("/customers/" + withTicketsId);
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("id", refused.json().getString("field"));
            long customerId = TestAccount.created(admin.post("/customers", Json.createObjectBuilder()
                    .add("name", "Sai " + account.suffix).add("email", "sai-" + account.suffix + "@it.test")
                    .add("directory", "LDAP").build())).getJsonNumber("id").longValue();
            assertEquals(204, admin.delete("/customers/" + customerId).status());
            assertEquals(404, admin.get("/customers/" + customerId).status());

            String ticketDeleted = "ticket " + ticket.getString("publicId") + " deleted";
            String customerDeleted = "customer " + customerId + " deleted";
            await(() -> received.stream().map(r -> r.json().getString("type") + " " + r.json().getString("id")
                    + " " + r.json().getString("action")).collect(Collectors.toSet())
                    .containsAll(Set.of(ticketDeleted, customerDeleted)), "both deletions reported");
        } finally {
            admin.put("/webhooks/" + endpointId, Json.createObjectBuilder()
                    .add("url", "http://localhost:" + PORT + "/hook").add("active", false).build());
        }
    }

    @Test
    void aSwitchedOffEndpointGetsNoNewEventsNorRetriesAndTheLogKeepsOnlyAnExcerptOfTheAnswer() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        answer.set(500);
        answerBody.set("<html>\u0000\u001b[31m internal service\r\n" + "secret-data ".repeat(100) + "</html>");
        startReceiver();
        String offPath = "/off-" + account.suffix;
        String onPath = "/on-" + account.suffix;
        String offUrl = "http://localhost:" + PORT + offPath;
        String onUrl = "http://localhost:" + PORT + onPath;
        long offId = TestAccount.created(admin.post("/webhooks", endpoint(offUrl, SECRET))).getJsonNumber("id")
                .longValue();
        long onId = 0;
        try {
            openTicket(account, "Desligado 1");
            await(() -> deliveries(admin, offId).size() == 1 && deliveries(admin, offId).get(0).getInt("attempts") == 1,
                    "tried once, answered 500");
            String logged = deliveries(admin, offId).get(0).getString("lastResponse");
            assertTrue(logged.length() <= 200, logged);
            assertTrue(logged.startsWith("<html> [31m internal service secret-data"), logged);
            assertTrue(logged.chars().noneMatch(Character::isISOControl), logged);

            assertFalse(TestAccount.ok(admin.put("/webhooks/" + offId, Json.createObjectBuilder().add("url", offUrl)
                    .add("active", false).build())).getBoolean("active"));
            JsonObject on = TestAccount.created(admin.post("/webhooks", Json.createObjectBuilder().add("url", onUrl)
                    .add("secret", SECRET).add("active", false).build()));
            assertFalse(on.getBoolean("active"), "created switched off, as asked");
            onId = on.getJsonNumber("id").longValue();
            openTicket(account, "Desligado 2");
            TestAccount.ok(admin.put("/webhooks/" + onId, Json.createObjectBuilder().add("url", onUrl)
                    .add("active", true).build()));
            clock.shift(Duration.ofMinutes(1).plusSeconds(5));
            openTicket(account, "Ligado 3");
            await(() -> received.stream().anyMatch(r -> r.path().equals(onPath)), "the active endpoint's event");
            // The switched-off endpoint's retry was due before that event and would have gone first.
            assertEquals(1, received.stream().filter(r -> r.path().equals(offPath)).count(), "no retry while off");
            assertEquals(1, deliveries(admin, offId).size(), "no event recorded for it while off");
            assertEquals(1, deliveries(admin, onId).size(), "nor for the one created switched off");

            answer.set(200);
            TestAccount.ok(admin.put("/webhooks/" + offId, Json.createObjectBuilder().add("url", offUrl)
                    .add("active", true).build()));
            await(() -> deliveries(admin, offId).get(0).getString("state").equals("DELIVERED"),
                    "switched on again, the retry goes");
        } finally {
            for (long id : List.of(offId, onId)) {
                admin.put("/webhooks/" + id, Json.createObjectBuilder().add("url", onUrl).add("active", false)
                        .build());
            }
        }
    }

    private static void openTicket(TestAccount account, String subject) {
        TestAccount.created(account.clientFor(account.customerEmail).post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("subject", subject + " " + account.suffix).add("message", "Olá").build()));
    }

    private void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = answer.get();
            received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Helpdesk-Event-Id"),
                    exchange.getRequestHeaders().getFirst("X-Hub-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Helpdesk-Signature"),
                    Long.parseLong(exchange.getRequestHeaders().getFirst("X-Helpdesk-Timestamp")), body, status));
            String text = answerBody.get();
            if (text == null) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        receiver.start();
    }

    private static List<JsonObject> deliveries(ApiClient admin, long endpointId) {
        return admin.get("/webhooks/deliveries?endpointId=" + endpointId).jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(45);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out waiting: " + what);
            Thread.sleep(200);
        }
    }

    private static JsonObject endpoint(String url, String secret) {
        return Json.createObjectBuilder().add("url", url).add("secret", secret).build();
    }

    /** What a TomTicket receiver computes: Base64 of HMAC-SHA1 over the Base64 of the body. */
    private static String hub(byte[] body) throws GeneralSecurityException {
        return "sha1=" + Base64.getEncoder().encodeToString(hmac("HmacSHA1",
                Base64.getEncoder().encodeToString(body).getBytes(StandardCharsets.US_ASCII)));
    }

    private static String timestamped(long timestamp, byte[] body) throws GeneralSecurityException {
        String signed = timestamp + "." + new String(body, StandardCharsets.UTF_8);
        return "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(String algorithm, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), algorithm));
        return mac.doFinal(data);
    }
}
