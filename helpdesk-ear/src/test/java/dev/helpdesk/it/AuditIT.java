package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The audit log (D8): sensitive operations are recorded with who, when, from where, before and after; only
 * administrators read it; the verify command finds the chain intact, and (on PostgreSQL, where the test can reach
 * the database) detects a row edited behind the application's back.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class AuditIT {

    private static final String ADMIN = "admin@helpdesk.test";

    @Test
    void sensitiveOperationsAreRecordedAndAnEditedRowIsDetected() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        long customerId = TestAccount.created(admin.post("/customers", Json.createObjectBuilder()
                .add("name", "Auditada " + account.suffix).add("email", "auditada-" + account.suffix + "@it.test")
                .add("directory", "LDAP").build())).getJsonNumber("id").longValue();
        assertEquals(200, admin.put("/customers/" + customerId, Json.createObjectBuilder()
                .add("name", "Auditada Souza " + account.suffix).build()).status());
        assertEquals(204, admin.delete("/customers/" + customerId).status());

        List<JsonObject> entries = admin.get("/audit?objectType=customer&objectId=" + customerId).jsonValue()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("CUSTOMER_DELETED", "CUSTOMER_CHANGED", "CUSTOMER_CREATED"),
                entries.stream().map(e -> e.getString("action")).toList(), "newest first");
        JsonObject changed = entries.get(1);
        assertEquals(ADMIN, changed.getString("actor"));
        assertEquals("127.0.0.1", changed.getString("address"));
        assertNotNull(changed.getString("at"));
        assertTrue(changed.getString("before").contains("name=Auditada " + account.suffix), changed::toString);
        assertTrue(changed.getString("after").contains("name=Auditada Souza " + account.suffix), changed::toString);

        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, "wrong-password");
            assertTrue(browser.waitForText(By.id("loginForm:messages"), "E-mail ou senha incorretos"));
        }
        List<JsonObject> logins = admin.get("/audit?actor=" + account.supportAgentEmail).jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals("LOGIN_FAILED", logins.get(0).getString("action"), "a failed login is on record");

        assertEquals(403, account.clientFor(account.supportAgentEmail).get("/audit").status());
        assertEquals(403, account.clientFor(account.supportAgentEmail).post("/audit/verify",
                Json.createObjectBuilder().build()).status());
        JsonObject verification = admin.post("/audit/verify", Json.createObjectBuilder().build()).json();
        assertTrue(verification.getBoolean("intact"), verification::toString);
        assertTrue(verification.getJsonNumber("entries").longValue() >= 3);

        String url = System.getenv("HELPDESK_DB_URL");
        if ("postgresql".equals(System.getenv("HELPDESK_DB_DRIVER")) && url != null) {
            long seq = changed.getJsonNumber("seq").longValue();
            try (Connection db = DriverManager.getConnection(url, System.getenv("HELPDESK_DB_USER"),
                    System.getenv("HELPDESK_DB_PASSWORD"))) {
                String original = value(db, seq);
                update(db, seq, "name=Someone Else");
                try {
                    JsonObject broken = admin.post("/audit/verify", Json.createObjectBuilder().build()).json();
                    assertFalse(broken.getBoolean("intact"), "the edited row is detected");
                    assertEquals(seq, broken.getJsonNumber("firstBrokenSeq").longValue());
                } finally {
                    update(db, seq, original);
                }
            }
            assertTrue(admin.post("/audit/verify", Json.createObjectBuilder().build()).json().getBoolean("intact"),
                    "restored, the chain holds again");
        }
    }

    @Test
    void theLogIsSearchedBetweenTwoInstantsAPageAtATime() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        for (int i = 0; i < 3; i++) {
            TestAccount.created(admin.post("/customers", Json.createObjectBuilder()
                    .add("name", "Datada " + i + " " + account.suffix)
                    .add("email", "datada-" + i + "-" + account.suffix + "@it.test").add("directory", "LDAP")
                    .build()));
        }
        String filter = "/audit?action=CUSTOMER_CREATED&actor=" + ADMIN;
        List<JsonObject> newest = entries(admin, filter + "&limit=3");
        assertEquals(3, newest.size());
        String first = newest.get(2).getString("at");
        String last = newest.get(0).getString("at");
        List<JsonObject> between = entries(admin, filter + "&from=" + first + "&until="
                + Instant.parse(last).plusMillis(1));
        assertEquals(newest.stream().map(e -> e.getJsonNumber("seq").longValue()).toList(),
                between.stream().limit(3).map(e -> e.getJsonNumber("seq").longValue()).toList(),
                "from is included, until excluded");
        assertTrue(between.stream().allMatch(e -> !Instant.parse(e.getString("at")).isBefore(Instant.parse(first))),
                between::toString);
        List<JsonObject> page = entries(admin, filter + "&from=" + first + "&limit=1&before="
                + newest.get(0).getJsonNumber("seq").longValue());
        assertEquals(newest.get(1).getJsonNumber("seq"), page.get(0).getJsonNumber("seq"), "the next page");
        assertEquals(List.of(), entries(admin, filter + "&from=" + Instant.parse(last).plusSeconds(3600)),
                "nothing after the last");

        TestAccount.assertInvalid(admin.get("/audit?from=yesterday"), "from");
        TestAccount.assertInvalid(admin.get("/audit?from=" + last + "&until=" + first), "until");
        assertEquals(403, account.clientFor(account.supportAgentEmail).get("/audit?from=" + first).status());
    }

    private static List<JsonObject> entries(ApiClient admin, String path) {
        ApiClient.Response found = admin.get(path);
        assertEquals(200, found.status(), found::toString);
        return found.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static String value(Connection db, long seq) throws Exception {
        try (PreparedStatement select = db.prepareStatement("SELECT after_value FROM audit_entry WHERE seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void update(Connection db, long seq, String after) throws Exception {
        try (PreparedStatement update = db.prepareStatement("UPDATE audit_entry SET after_value = ? WHERE seq = ?")) {
            update.setString(1, after);
            update.setLong(2, seq);
            assertEquals(1, update.executeUpdate());
        }
    }
}
