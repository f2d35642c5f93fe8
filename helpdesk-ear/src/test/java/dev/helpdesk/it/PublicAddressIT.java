package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever server a request's {@code Host} header names, the links and redirects the help desk gives out are on
 * its public address (HELPDESK_PUBLIC_URL, http://127.0.0.1:8080/helpdesk for the tests): no answer can send a
 * customer to another site.
 */
@ExtendWith(HelpdeskServer.class)
class PublicAddressIT {

    private static final String PUBLIC = TicketApiIT.BASE_URL;
    private static final String FORGED_HOST = "attacker.example";

    @Test
    void theLoginRedirectOfAProtectedPageIsOnThePublicAddress() {
        RawHttp.Answer answer = RawHttp.send("127.0.0.1", 8080, FORGED_HOST,
                "GET /helpdesk/agent/tickets.xhtml HTTP/1.1\r\n", null);
        assertEquals(302, answer.status(), answer::toString);
        assertEquals(PUBLIC + "/login.xhtml?next=%2Fagent%2Ftickets.xhtml", answer.header("Location").orElseThrow());

        for (String root : new String[] {"/", "/helpdesk"}) {
            RawHttp.Answer start = RawHttp.send("127.0.0.1", 8080, FORGED_HOST, "GET " + root + " HTTP/1.1\r\n", null);
            assertEquals(302, start.status(), start::toString);
            assertEquals("/helpdesk/", start.header("Location").orElseThrow(), root);
        }
    }

    @Test
    void theCustomerPanelLinkAndTheAddressOfACreatedTicketAreOnThePublicAddress() {
        TestAccount account = new TestAccount(PUBLIC);
        RawHttp.Answer settings = RawHttp.send("127.0.0.1", 8080, FORGED_HOST + ":8080",
                "GET /helpdesk/api/v1/account/settings HTTP/1.1\r\nAuthorization: Bearer "
                        + ApiClient.PROVISIONING_TOKEN + "\r\n", null);
        assertEquals(200, settings.status(), settings::toString);
        assertEquals(PUBLIC + "/customer/tickets.xhtml", json(settings.body()).getString("customerPanelUrl"));

        String ticket = Json.createObjectBuilder().add("departmentId", account.supportId)
                .add("categoryId", account.supportCategoryId).add("subject", "Endereço " + account.suffix)
                .add("message", "Olá").add("customerEmail", account.customerEmail).build().toString();
        RawHttp.Answer created = RawHttp.send("127.0.0.1", 8080, FORGED_HOST,
                "POST /helpdesk/api/v1/tickets HTTP/1.1\r\nAuthorization: Bearer " + ApiClient.PROVISIONING_TOKEN
                        + "\r\nContent-Type: application/json\r\n", ticket);
        assertEquals(201, created.status(), created::toString);
        String location = created.header("Location").orElseThrow();
        assertTrue(location.startsWith(PUBLIC + "/api/v1/tickets/"), location);
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
