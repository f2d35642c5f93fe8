package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * Data one test makes for itself through the API, with names unique to the run: two departments, an agent in
 * each, a local customer and their tokens. Nothing is shared between tests.
 */
final class TestAccount {

    static final String PASSWORD = "test-password-1";

    final ApiClient admin;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final long supportId;
    final long supportCategoryId;
    final long financeId;
    final long financeCategoryId;
    final String supportAgentEmail = "support-" + suffix + "@it.test";
    final String financeAgentEmail = "finance-" + suffix + "@it.test";
    final String customerEmail = "customer-" + suffix + "@it.test";
    final String otherCustomerEmail = "other-" + suffix + "@it.test";

    TestAccount(String baseUrl) {
        admin = ApiClient.admin(baseUrl);
        JsonObject support = created(admin.post("/departments", Json.createObjectBuilder()
                .add("name", "Support " + suffix)
                .add("categories", Json.createArrayBuilder().add("Access").add("Hardware")).build()));
        supportId = support.getJsonNumber("id").longValue();
        supportCategoryId = support.getJsonArray("categories").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject finance = created(admin.post("/departments", Json.createObjectBuilder()
                .add("name", "Finance " + suffix)
                .add("categories", Json.createArrayBuilder().add("Refunds")).build()));
        financeId = finance.getJsonNumber("id").longValue();
        financeCategoryId = finance.getJsonArray("categories").getJsonObject(0).getJsonNumber("id").longValue();
        createAgent("Support Agent " + suffix, supportAgentEmail, supportId);
        createAgent("Finance Agent " + suffix, financeAgentEmail, financeId);
        createLocalCustomer("Customer " + suffix, customerEmail);
        createLocalCustomer("Other Customer " + suffix, otherCustomerEmail);
    }

    void createAgent(String name, String email, long departmentId) {
        created(admin.post("/agents", Json.createObjectBuilder()
                .add("name", name).add("email", email).add("role", "AGENT").add("directory", "LOCAL")
                .add("password", PASSWORD).add("departmentIds", Json.createArrayBuilder().add(departmentId))
                .build()));
    }

    /**
     * A new administrator of the support department who reads the panel in the given language: its e-mail. Tests
     * that switch languages use one of their own, so the shared administrator keeps Portuguese for the others.
     */
    String administratorSpeaking(String language) {
        String email = "admin-" + language + "-" + suffix + "@it.test";
        created(admin.post("/agents", Json.createObjectBuilder()
                .add("name", "Admin " + language + " " + suffix).add("email", email).add("role", "ADMIN")
                .add("directory", "LOCAL").add("password", PASSWORD)
                .add("departmentIds", Json.createArrayBuilder().add(supportId)).build()));
        assertEquals(200, clientFor(email).put("/me/language", Json.createObjectBuilder()
                .add("language", language).build()).status());
        return email;
    }

    void createLocalCustomer(String name, String email) {
        created(admin.post("/customers", Json.createObjectBuilder()
                .add("name", name).add("email", email).add("directory", "LOCAL").add("password", PASSWORD)
                .build()));
    }

    void createDirectoryCustomer(String name, String email) {
        created(admin.post("/customers", Json.createObjectBuilder()
                .add("name", name).add("email", email).add("directory", "LDAP").build()));
    }

    /** A ticket the client opens in the support department: its protocol. */
    long openSupportTicket(ApiClient client) {
        return created(client.post("/tickets", Json.createObjectBuilder().add("departmentId", supportId)
                .add("categoryId", supportCategoryId).add("subject", "Help " + System.nanoTime() + " " + suffix)
                .add("message", "Please help.").build())).getJsonNumber("protocol").longValue();
    }

    /** A client acting as the given agent or customer, with a token issued by the administrator. */
    ApiClient clientFor(String email) {
        JsonObject token = created(admin.post("/tokens", Json.createObjectBuilder()
                .add("owner", email).add("name", "it " + suffix).build()));
        return admin.as(token.getString("token"));
    }

    static JsonObject ok(ApiClient.Response response) {
        assertEquals(200, response.status(), () -> "expected 200, got " + response);
        return response.json();
    }

    /** A 400 that names {@code field}, as the API answers bad input. */
    static void assertInvalid(ApiClient.Response response, String field) {
        assertEquals(400, response.status(), () -> "expected 400, got " + response);
        JsonObject error = response.json();
        assertEquals("invalid_input", error.getString("error"));
        assertEquals(field, error.getString("field"), () -> "wrong field in " + response);
        assertNotNull(error.getString("message"));
    }

    static JsonObject created(ApiClient.Response response) {
        assertEquals(201, response.status(), () -> "expected 201 Created, got " + response);
        return response.json();
    }
}
