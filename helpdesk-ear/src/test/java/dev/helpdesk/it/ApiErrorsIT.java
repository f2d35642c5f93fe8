package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API errors speak the caller's language (the language their person chose, else the request's Accept-Language,
 * else the account's) and carry a stable {@code code} that is the same in every language, so integrations read the
 * code and people read the message.
 */
@ExtendWith(HelpdeskServer.class)
class ApiErrorsIT {

    private static TestAccount account;

    @BeforeAll
    static void server() {
        account = new TestAccount(TicketApiIT.BASE_URL);
    }

    @Test
    void messagesFollowThePersonsLanguageAndCodesStayTheSame() {
        ApiClient customer = account.clientFor(account.customerEmail);
        JsonObject portuguese = invalidTicket(customer);
        assertEquals("validation.required", portuguese.getString("code"));
        assertTrue(portuguese.getString("message").contains("obrigatório"), portuguese.toString());

        assertEquals(200, customer.put("/me/language", Json.createObjectBuilder().add("language", "en").build())
                .status());
        JsonObject english = invalidTicket(customer);
        assertEquals(portuguese.getString("code"), english.getString("code"), "the code is the same in any language");
        assertEquals(portuguese.getString("field"), english.getString("field"));
        assertTrue(english.getString("message").toLowerCase().contains("required"), english.toString());

        JsonObject notFound = customer.get("/tickets/999999999").json();
        assertEquals("not_found", notFound.getString("error"));
        assertEquals("not_found.ticket", notFound.getString("code"));
        assertTrue(notFound.getString("message").startsWith("Not found"), notFound.toString());

        JsonObject forbidden = customer.post("/tickets/1/notes", Json.createObjectBuilder().add("body", "x").build())
                .json();
        assertEquals("forbidden", forbidden.getString("code"));
        assertTrue(forbidden.getString("message").contains("may not"), forbidden.toString());
    }

    @Test
    void withoutATokenTheRequestsAcceptLanguageIsSpoken() {
        ApiClient anonymous = account.admin.as(null);
        JsonObject body = Json.createObjectBuilder().add("email", "not-an-address").build();
        JsonObject spanish = anonymous.postAccepting("/password-resets", body, "es-AR,es;q=0.9,en;q=0.5").json();
        JsonObject french = anonymous.postAccepting("/password-resets", body, "fr-FR, en;q=0.8").json();
        assertEquals("email", spanish.getString("field"));
        assertEquals(spanish.getString("code"), french.getString("code"));
        assertTrue(french.getString("message").contains("e-mail") || french.getString("message").contains("address"),
                "the first spoken language of the list, English: " + french);
        assertTrue(!spanish.getString("message").equals(french.getString("message")), spanish + " / " + french);

        JsonObject unauthorized = anonymous.postAccepting("/tickets", Json.createObjectBuilder().build(), "es")
                .json();
        assertEquals("missing_token", unauthorized.getString("code"));
        assertTrue(unauthorized.getString("message").startsWith("Se necesita"), unauthorized.toString());
    }

    private static JsonObject invalidTicket(ApiClient client) {
        ApiClient.Response refused = client.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("message", "Sem assunto").build());
        TestAccount.assertInvalid(refused, "subject");
        return refused.json();
    }
}
