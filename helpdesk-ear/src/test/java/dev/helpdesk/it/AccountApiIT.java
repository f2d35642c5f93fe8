package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.assertInvalid;
import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account and the person through the REST API: the administrators' branding and customer-panel switch, each
 * person's own language, and the published API document.
 */
@ExtendWith(HelpdeskServer.class)
class AccountApiIT {

    private TestAccount account;
    private ApiClient customer;
    private ApiClient supportAgent;

    @BeforeEach
    void setUp() {
        account = new TestAccount(TicketApiIT.BASE_URL);
        customer = account.clientFor(account.customerEmail);
        supportAgent = account.clientFor(account.supportAgentEmail);
    }

    @Test
    void administratorsBrandTheCustomerPanelAndCanTurnItOff() throws Exception {
        SavedSetting settings = SavedSetting.read(account.admin, "/account/settings", "customerPanelUrl");
        JsonObject before = ok(account.admin.get("/account/settings"));
        assertTrue(before.getString("customerPanelUrl").endsWith("/helpdesk/customer/tickets.xhtml"),
                before::toString);
        try {
            JsonObject changed = ok(account.admin.put("/account/settings", Json.createObjectBuilder()
                    .add("customerPanelEnabled", false).add("brandColor", "#AA3300")
                    .add("termsUrl", "https://empresa.example/termos").add("privacyUrl", "https://empresa.example/lgpd")
                    .add("defaultLanguage", "pt-BR").build()));
            assertEquals("#aa3300", changed.getString("brandColor"));
            assertFalse(changed.getBoolean("customerPanelEnabled"));
            assertEquals(201, customer.post("/tickets", Json.createObjectBuilder()
                    .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                    .add("subject", "API still works").add("message", "Please help.").build()).status(), "the API stays open to customers");

            assertInvalid(account.admin.put("/account/settings", Json.createObjectBuilder()
                    .add("brandColor", "red").build()), "brandColor");
            assertInvalid(account.admin.put("/account/settings", Json.createObjectBuilder().add("brandColor", "#000000")
                    .add("termsUrl", "javascript:alert(1)").build()), "termsUrl");
            assertEquals(403, supportAgent.put("/account/settings", Json.createObjectBuilder()
                    .add("brandColor", "#000000").build()).status());

            byte[] png = java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
            var http = java.net.http.HttpClient.newHttpClient();
            var upload = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(TicketApiIT.BASE_URL + "/api/v1/account/logo"))
                    .header("Authorization", "Bearer " + ApiClient.PROVISIONING_TOKEN)
                    .header("Content-Type", "image/png")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(204, upload.statusCode());
            var logo = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TicketApiIT.BASE_URL + "/branding/logo"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, logo.statusCode(), "the logo is public: login pages show it");
            assertEquals("image/png", logo.headers().firstValue("Content-Type").orElse(""));
            assertTrue(java.util.Arrays.equals(png, logo.body()));
        } finally {
            settings.restore();
        }
    }

    @Test
    void everyoneKeepsTheirOwnLanguage() {
        assertEquals("pt-BR", ok(customer.get("/me")).getString("language"));
        assertEquals("es", ok(customer.put("/me/language", Json.createObjectBuilder().add("language", "es").build()))
                .getString("language"));
        assertEquals("es", ok(customer.get("/me")).getString("language"));
        assertEquals("pt-BR", ok(supportAgent.get("/me")).getString("language"), "nobody else's changes");
        assertInvalid(customer.put("/me/language", Json.createObjectBuilder().add("language", "fr").build()),
                "language");
    }

    @Test
    void theServerPublishesTheOpenApiDocument() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:8080/openapi?format=JSON")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject document = Json.createReader(new java.io.StringReader(response.body())).readObject();
        assertEquals("Help desk API", document.getJsonObject("info").getString("title"));
        var paths = document.getJsonObject("paths").keySet();
        assertTrue(paths.stream().anyMatch(p -> p.endsWith("/v1/tickets/{protocol}")), paths::toString);
        assertEquals("bearer", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("token").getString("scheme"));
    }
}
