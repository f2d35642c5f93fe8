package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on (D7), with keys made here the way the trusted system makes them (JWT, HS256, shared secret):
 * a valid key opens the panel once; the same key again, an expired key, a key valid for days and a forged key are
 * refused; an unknown customer is registered only when the key asks for it; the customer panel sends visitors to
 * the company's authentication address.
 */
@ExtendWith(HelpdeskServer.class)
class SsoIT {

    private static final String SECRET = "shared-sso-secret-for-tests";

    @Test
    void validKeysOpenThePanelsOnceAndEveryOtherKeyIsRefused() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting sso = SavedSetting.read(admin, "/account/sso", "secretSet");
        assertEquals(403, account.clientFor(account.supportAgentEmail).get("/account/sso").status());
        assertEquals("secret", admin.put("/account/sso", Json.createObjectBuilder().add("secret", "short")
                .add("customers", true).build()).json().getString("field"));
        JsonObject configured = admin.put("/account/sso", Json.createObjectBuilder().add("secret", SECRET)
                .add("agents", true).add("customers", true)
                .add("customerLoginUrl", "https://intranet.example/helpdesk-login").build()).json();
        assertTrue(configured.getBoolean("secretSet"));
        assertTrue(!configured.containsKey("secret"), "the secret is never shown");
        try {
            long now = Instant.now().getEpochSecond();
            String customerKey = key(claims(account.customerEmail, now + 120, false), SECRET);
            HttpResponse<String> opened = get("/sso/customer?jwt=" + customerKey, null);
            assertEquals(302, opened.statusCode());
            assertTrue(opened.headers().firstValue("Location").orElseThrow().endsWith("/customer/tickets.xhtml"));
            String session = sessionCookie(opened);
            HttpResponse<String> panel = get("/customer/tickets.xhtml", session);
            assertEquals(200, panel.statusCode());
            assertTrue(panel.body().contains("Customer " + account.suffix), "signed in as the customer");

            assertEquals(401, get("/sso/customer?jwt=" + customerKey, null).statusCode(), "a key works once");
            assertEquals(401, get("/sso/customer?jwt=" + key(claims(account.customerEmail, now - 120, false), SECRET),
                    null).statusCode(), "expired");
            assertEquals(401, get("/sso/customer?jwt=" + key(claims(account.customerEmail, now + 86_400, false),
                    SECRET), null).statusCode(), "a key for a day is not a key for minutes");
            assertEquals(401, get("/sso/customer?jwt=" + key(claims(account.customerEmail, now + 120, false),
                    "someone-elses-secret-value"), null).statusCode(), "forged");
            String unsigned = customerKey.substring(0, customerKey.lastIndexOf('.') + 1);
            assertEquals(401, get("/sso/customer?token=" + unsigned, null).statusCode(), "no signature");

            String newcomer = "sso-" + account.suffix + "@it.test";
            assertEquals(403, get("/sso/customer?jwt=" + key(claims(newcomer, now + 120, false), SECRET), null)
                    .statusCode(), "unknown, and the key does not ask to register them");
            assertEquals(302, get("/sso/customer?jwt=" + key(claims(newcomer, now + 120, true), SECRET), null)
                    .statusCode());
            assertEquals(1, admin.get("/customers?q=" + newcomer).jsonValue().asJsonArray().size(), "registered");

            HttpResponse<String> agent = get("/sso/agent?jwt=" + key(claims(account.supportAgentEmail, now + 60,
                    false), SECRET), null);
            assertEquals(302, agent.statusCode());
            assertTrue(agent.headers().firstValue("Location").orElseThrow().endsWith("/agent/dashboard.xhtml"));
            assertEquals(200, get("/agent/dashboard.xhtml", sessionCookie(agent)).statusCode());
            assertEquals(200, get("/agent/tickets.xhtml", sessionCookie(agent)).statusCode());
            assertEquals(403, get("/sso/agent?jwt=" + key(claims(account.customerEmail, now + 60, false), SECRET),
                    null).statusCode(), "a customer is no agent");

            HttpResponse<String> visitor = get("/customer/tickets.xhtml", null);
            assertEquals(302, visitor.statusCode());
            assertEquals("https://intranet.example/helpdesk-login", visitor.headers().firstValue("Location")
                    .orElseThrow(), "customers are sent to the company's authentication address");
            assertTrue(admin.get("/audit?action=LOGIN_SSO&actor=" + account.customerEmail).jsonValue().asJsonArray()
                    .size() > 0);
        } finally {
            sso.restore();
        }
        assertEquals(401, get("/sso/customer?jwt=" + key(claims(account.customerEmail,
                Instant.now().getEpochSecond() + 60, false), SECRET), null).statusCode(), "switched off");
    }

    private static String claims(String email, long exp, boolean create) {
        return "{\"iss\":\"intranet.example\",\"exp\":" + exp + ",\"name\":\"SSO Person\",\"email\":\"" + email
                + "\",\"create\":" + create + "}";
    }

    /** A key as the trusted system makes it. */
    static String key(String claims, String secret) throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signed = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signed + "." + base64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    private static HttpResponse<String> get(String path, String sessionCookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TicketApiIT.BASE_URL + path)).GET();
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
