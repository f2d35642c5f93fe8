package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo ({@code HELPDESK_DEMO=true}, as {@code ./run.sh} starts it) on a server of its own with an empty
 * database: its tickets in every situation, SLA clocks past due, nested organizations; and a second start adds
 * nothing.
 */
class DemoDataIT {

    private static final int PORT_OFFSET = 400;
    private static final String BASE = "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/helpdesk";

    private static StandaloneServer server;
    private static Path baseDir;

    @BeforeAll
    static void start() {
        Path target = Path.of(System.getProperty("helpdesk.ear")).getParent();
        Map<String, String> environment = new HashMap<>();
        environment.put("HELPDESK_DATA_DIR", StandaloneServer.emptied(target.resolve("demo-data")).toString());
        environment.put("HELPDESK_DEMO", "true");
        environment.put("HELPDESK_MAIL_DISPATCH", "false");
        StandaloneServer.ownDatabase(environment, "helpdesk_demo");
        baseDir = target.resolve("demo-server");
        server = new StandaloneServer(baseDir, PORT_OFFSET, environment);
        server.prepare();
        server.start(ApiClient.PROVISIONING_TOKEN);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theDemoHoldsTicketsInEverySituationWithClocksPastDueAndNestedOrganizationsLoadedOnce() {
        ApiClient admin = ApiClient.admin(BASE);
        List<JsonObject> tickets = allTickets(admin);
        assertEquals(200, tickets.size());
        Map<String, Long> bySituation = tickets.stream().collect(Collectors.groupingBy(
                t -> t.getString("situation"), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("NOT_STARTED", 26L, "WAITING_FOR_AGENT", 12L, "ANSWERED_WAITING_FOR_CUSTOMER", 24L,
                "CUSTOMER_REPLIED", 18L, "FINISHED", 120L), bySituation);
        Instant now = Instant.now();
        long pastDue = tickets.stream().filter(t -> !absent(t, "deadlineDue") && absent(t, "deadlineStoppedAt")
                && Instant.parse(t.getString("deadlineDue")).isBefore(now)).count();
        assertTrue(pastDue > 0, "running deadlines past due");
        Instant sixWeeksAgo = now.minusSeconds(43L * 24 * 3600);
        assertTrue(tickets.stream().allMatch(t -> Instant.parse(t.getString("createdAt")).isAfter(sixWeeksAgo)));
        assertTrue(tickets.stream().anyMatch(t -> !absent(t, "organizationName")));

        JsonArray organizations = admin.get("/organizations").jsonValue().asJsonArray();
        Set<Long> ids = organizations.stream().map(o -> o.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
        List<JsonObject> children = organizations.stream().map(JsonValue::asJsonObject)
                .filter(o -> !absent(o, "parentId")).toList();
        assertEquals(2, children.size(), organizations::toString);
        assertTrue(children.stream().allMatch(o -> ids.contains(o.getJsonNumber("parentId").longValue())));
        assertEquals(4, admin.get("/canned-responses").jsonValue().asJsonArray().size());

        JsonObject days = admin.get("/dashboard/widgets/created_vs_finished?periodDays=90").json();
        assertEquals(200, days.getJsonNumber("total").longValue(), "the dashboard counts every demo ticket opened");
        assertEquals(120, days.getJsonArray("days").stream()
                .mapToLong(d -> d.asJsonObject().getJsonNumber("finished").longValue()).sum());
        assertEquals(80, admin.get("/dashboard/widgets/open_by_situation").json().getJsonNumber("total").longValue());
        assertTrue(admin.get("/dashboard/widgets/response_times?periodDays=90").json().getJsonArray("medians")
                .stream().allMatch(m -> m.asJsonObject().getJsonNumber("tickets").longValue() > 0),
                "medians of first responses and resolutions");

        server.stop();
        server.start(ApiClient.PROVISIONING_TOKEN);
        assertEquals(200, allTickets(admin).size(), "a second start adds nothing");
        assertEquals(organizations.size(), admin.get("/organizations").jsonValue().asJsonArray().size());
        System.out.println(loadLine());
    }

    private static List<JsonObject> allTickets(ApiClient admin) {
        List<JsonObject> tickets = new ArrayList<>();
        String before = "";
        while (true) {
            JsonObject page = admin.get("/tickets?view=ALL&limit=100" + before).json();
            page.getJsonArray("items").forEach(t -> tickets.add(t.asJsonObject()));
            if (absent(page, "nextCursor")) {
                return tickets;
            }
            before = "&before=" + page.getJsonNumber("nextCursor").longValue();
        }
    }

    /** Null, or left out as JSON-B leaves out nulls. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    /** The server log's line on loading the demo, with how long the tickets took. */
    private static String loadLine() {
        try (var lines = Files.lines(baseDir.resolve("log/server.log"))) {
            return lines.filter(l -> l.contains("Loaded the demo data")).findFirst().orElse("no demo load logged");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
