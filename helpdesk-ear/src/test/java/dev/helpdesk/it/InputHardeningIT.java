package dev.helpdesk.it;

import static dev.helpdesk.it.TestAccount.assertInvalid;
import static dev.helpdesk.it.TestAccount.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input the API once answered with a 500, a bare 400, a 404 or by storing it: each is now a 400 with the usual
 * JSON body naming the field, and nothing is written. And attachments come back shown in the page only when their
 * type is safe to show, else to be saved.
 */
@ExtendWith(HelpdeskServer.class)
class InputHardeningIT {

    private static final String PNG = Base64.getEncoder().encodeToString(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});

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
    void aNullAttachmentIsRefusedNamingTheAttachments() {
        int tickets = ticketCount();
        assertInvalid(customer.post("/tickets", ticket("Null file")
                .add("attachments", Json.createArrayBuilder().add(file("ok.txt", "text/plain", "b2s="))
                        .addNull())
                .build()), "attachments");
        assertEquals(tickets, ticketCount());

        long protocol = openTicket();
        assertInvalid(supportAgent.post("/tickets/" + protocol + "/replies", Json.createObjectBuilder()
                .add("body", "See the file").add("attachments", Json.createArrayBuilder().addNull()).build()),
                "attachments");
        assertInvalid(supportAgent.post("/tickets/" + protocol + "/notes", Json.createObjectBuilder()
                .add("body", "See the file").add("attachments", Json.createArrayBuilder().addNull()).build()),
                "attachments");
        JsonObject unchanged = ok(supportAgent.get("/tickets/" + protocol));
        assertEquals(0, unchanged.getJsonArray("replies").size());
        assertEquals(0, unchanged.getJsonArray("attachments").size());
    }

    @Test
    void anOversizedBodyIsRefusedAsJsonNamingTheBody() {
        int tickets = ticketCount();
        String content = "A".repeat(21 * 1024 * 1024);
        ApiClient.Response refused = customer.post("/tickets", ticket("Huge")
                .add("attachments", Json.createArrayBuilder().add(file("huge.bin", "application/zip", content)))
                .build());
        assertInvalid(refused, "body");
        assertEquals(tickets, ticketCount());
    }

    @Test
    void fractionalOrQuotedNumbersAreRefusedNamingTheField() {
        int tickets = ticketCount();
        assertInvalid(customer.postRaw("/tickets", "{\"departmentId\":" + account.supportId + ".5,\"categoryId\":"
                + account.supportCategoryId + ",\"subject\":\"Half\",\"message\":\"m\"}"), "departmentId");
        assertInvalid(customer.postRaw("/tickets", "{\"departmentId\":" + account.supportId + ",\"categoryId\":\""
                + account.supportCategoryId + "\",\"subject\":\"Quoted\",\"message\":\"m\"}"), "categoryId");
        assertInvalid(customer.postRaw("/tickets", "{\"departmentId\":1e30,\"categoryId\":"
                + account.supportCategoryId + ",\"subject\":\"Huge\",\"message\":\"m\"}"), "departmentId");
        assertEquals(tickets, ticketCount());

        long protocol = openTicket();
        assertInvalid(supportAgent.postRaw("/tickets/" + protocol + "/time-entries", "{\"minutes\":10.5}"),
                "minutes");
        assertEquals(0, supportAgent.get("/tickets/" + protocol + "/time-entries").jsonValue().asJsonArray().size());
    }

    @Test
    void idsInPathsAndQueriesThatAreNoNumbersAre400NotFound() {
        long protocol = openTicket();
        assertInvalid(customer.get("/tickets/abc"), "protocol");
        assertInvalid(customer.get("/tickets/1.5"), "protocol");
        assertInvalid(customer.get("/tickets/99999999999999999999"), "protocol");
        assertInvalid(customer.post("/tickets/abc/replies", Json.createObjectBuilder().add("body", "x").build()),
                "protocol");
        assertInvalid(customer.get("/tickets/" + protocol + "/attachments/xyz"), "id");
        assertInvalid(customer.get("/tickets?before=abc"), "before");
        assertInvalid(customer.get("/tickets?limit=1.5"), "limit");
        assertInvalid(supportAgent.get("/departments/abc/agents"), "id");
        assertEquals(404, customer.get("/tickets/" + (protocol + 1_000_000)).status(), "a number still finds nothing");
        assertEquals(0, ok(customer.get("/tickets/" + protocol)).getJsonArray("replies").size());
    }

    @Test
    void controlCharactersAndBrokenUnicodeInTextAreRefused() {
        int tickets = ticketCount();
        assertInvalid(customer.post("/tickets", Json.createObjectBuilder().add("departmentId", account.supportId)
                .add("categoryId", account.supportCategoryId).add("subject", "Printer\u0000 down")
                .add("message", "m").build()), "subject");
        assertInvalid(customer.post("/tickets", Json.createObjectBuilder().add("departmentId", account.supportId)
                .add("categoryId", account.supportCategoryId).add("subject", "Bell")
                .add("message", "ring \u0007 ring").build()), "message");
        assertInvalid(customer.postRaw("/tickets", "{\"departmentId\":" + account.supportId + ",\"categoryId\":"
                + account.supportCategoryId + ",\"subject\":\"Half \\ud800 a pair\",\"message\":\"m\"}"), "subject");
        assertEquals(tickets, ticketCount());

        long protocol = openTicket();
        assertInvalid(customer.post("/tickets/" + protocol + "/replies", Json.createObjectBuilder()
                .add("body", "null\u0000byte").build()), "body");
        assertEquals(0, ok(customer.get("/tickets/" + protocol)).getJsonArray("replies").size());

        JsonObject tabsAndLines = TestAccount.created(customer.post("/tickets", ticket("Tabs")
                .add("message", "line 1\r\n\tline 2").build()));
        assertEquals("line 1\r\n\tline 2", ok(customer.get("/tickets/" + tabsAndLines.getJsonNumber("protocol")
                .longValue())).getString("message"), "tabs and line breaks are text");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedNamingTheBody() {
        int tickets = ticketCount();
        String json = "{\"departmentId\":" + account.supportId + ",\"categoryId\":" + account.supportCategoryId
                + ",\"subject\":\"Relatório\",\"message\":\"m\"}";
        assertInvalid(customer.postBytes("/tickets", json.getBytes(StandardCharsets.ISO_8859_1)), "body");
        byte[] cut = json.getBytes(StandardCharsets.UTF_8);
        int accent = json.indexOf('ó');
        byte[] halfACharacter = new byte[cut.length - 1];
        System.arraycopy(cut, 0, halfACharacter, 0, accent + 1);
        System.arraycopy(cut, accent + 2, halfACharacter, accent + 1, cut.length - accent - 2);
        assertInvalid(customer.postBytes("/tickets", halfACharacter), "body");
        assertEquals(tickets, ticketCount());
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsRefusedAndNothingOfTheTicketIsKept() {
        int tickets = ticketCount();
        for (String bad : List.of("not a type", "text/plain\r\nX-Injected: yes", "image/", "text/html; charset")) {
            assertInvalid(customer.post("/tickets", ticket("Bad type")
                    .add("attachments", Json.createArrayBuilder().add(file("ok.txt", "text/plain", "b2s="))
                            .add(file("bad.bin", bad, "b2s=")))
                    .build()), "attachments");
        }
        assertEquals(tickets, ticketCount());
    }

    @Test
    void onlySafeTypesAreShownInThePageTheRestIsSavedAsOctetStream() {
        JsonObject ref = TestAccount.created(customer.post("/tickets", ticket("Files")
                .add("attachments", Json.createArrayBuilder()
                        .add(file("page.html", "text/html", Base64.getEncoder().encodeToString(
                                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
                        .add(file("relatório março.png", "image/png", PNG))
                        .add(file("drawing.svg", "image/svg+xml", Base64.getEncoder().encodeToString(
                                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                                        .getBytes(StandardCharsets.UTF_8))))
                        .add(file("notes.txt", "text/plain", "b2s=")))
                .build()));
        long protocol = ref.getJsonNumber("protocol").longValue();
        List<JsonObject> files = ok(customer.get("/tickets/" + protocol)).getJsonArray("attachments")
                .getValuesAs(JsonObject.class);

        ApiClient.Response html = download(protocol, files, "page.html");
        assertEquals("application/octet-stream", html.header("Content-Type"));
        assertEquals("attachment; filename=\"page.html\"; filename*=UTF-8''page.html",
                html.header("Content-Disposition"));
        assertEquals("nosniff", html.header("X-Content-Type-Options"));

        ApiClient.Response png = download(protocol, files, "relatório março.png");
        assertEquals("image/png", png.header("Content-Type"));
        assertEquals("inline; filename=\"relatorio marco.png\"; filename*=UTF-8''relat%C3%B3rio%20mar%C3%A7o.png",
                png.header("Content-Disposition"));

        ApiClient.Response svg = download(protocol, files, "drawing.svg");
        assertEquals("application/octet-stream", svg.header("Content-Type"));
        assertTrue(svg.header("Content-Disposition").startsWith("attachment;"), svg.header("Content-Disposition"));

        ApiClient.Response text = download(protocol, files, "notes.txt");
        assertEquals("text/plain;charset=UTF-8", text.header("Content-Type").replace(" ", ""));
        assertTrue(text.header("Content-Disposition").startsWith("inline;"), text.header("Content-Disposition"));
        assertEquals("ok", text.body());
    }

    private ApiClient.Response download(long protocol, List<JsonObject> files, String fileName) {
        long id = files.stream().filter(f -> f.getString("fileName").equals(fileName)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        ApiClient.Response response = customer.get("/tickets/" + protocol + "/attachments/" + id);
        assertEquals(200, response.status(), () -> fileName + ": " + response);
        return response;
    }

    private int ticketCount() {
        return ok(customer.get("/tickets?limit=100")).getJsonArray("items").size();
    }

    private long openTicket() {
        return TestAccount.created(customer.post("/tickets", ticket("Help " + System.nanoTime()).build()))
                .getJsonNumber("protocol").longValue();
    }

    private JsonObjectBuilder ticket(String subject) {
        return Json.createObjectBuilder().add("departmentId", account.supportId)
                .add("categoryId", account.supportCategoryId).add("subject", subject + " " + account.suffix)
                .add("message", "Please help.");
    }

    private static JsonObjectBuilder file(String fileName, String contentType, String contentBase64) {
        return Json.createObjectBuilder().add("fileName", fileName).add("contentType", contentType)
                .add("contentBase64", contentBase64);
    }
}
