package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The web-security basics, attacked the way an attacker would: stored XSS in a reply, a cross-site form post,
 * SQL injection in the searches, password guessing; plus the notice of a login from an unknown device (D6), the
 * security headers and the cookie flags.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class WebSecurityIT {

    private static final String XSS = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Tag("browser")
    @Test
    void storedScriptInAReplyIsShownAsTextAndNeverRuns() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient customer = account.clientFor(account.customerEmail);
        long protocol = TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("subject", "XSS " + XSS).add("message", XSS).build())).getJsonNumber("protocol").longValue();
        TestAccount.created(customer.post("/tickets/" + protocol + "/replies", Json.createObjectBuilder()
                .add("body", "reply " + XSS).build()));
        try (Browser agent = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            agent.signIn("/agent/ticket.xhtml?protocol=" + protocol, account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(agent.waitForText(By.tagName("body"), "reply <script>window.__xss = 1</script>"),
                    "the reply is shown as the text it is");
            assertEquals(Boolean.TRUE, agent.script("return window.__xss === undefined;"), "no script ran");
            agent.open("/agent/tickets.xhtml");
            assertTrue(agent.waitForText(By.tagName("body"), "XSS <script>"));
            assertEquals(Boolean.TRUE, agent.script("return window.__xss === undefined;"), "not in the list either");
        }
    }

    @Tag("browser")
    @Test
    void aCrossSitePostChangesNothing() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        assertFalse(account.admin.get("/account/two-factor").json().getBoolean("required"));
        try (Browser admin = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            admin.signIn("/admin/account.xhtml", "admin@helpdesk.test", "admin-test-password");
            admin.open("/admin/account.xhtml?tab=security");
            assertTrue(admin.waitForText(By.tagName("h2"), ""));
            String session = admin.cookie("JSESSIONID");
            assertNotNull(session);
            // what a page on another site can send with the administrator's cookie: the form without its view state
            String form = "securityForm=securityForm&securityForm%3ArequireTwoFactor_input=on"
                    + "&securityForm%3AsaveSecurity=securityForm%3AsaveSecurity";
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(TicketApiIT.BASE_URL + "/admin/account.xhtml?tab=security"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "JSESSIONID=" + session).header("Origin", "https://attacker.example")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(forged.statusCode() < 500, "refused or ignored, never an error page: " + forged.statusCode());
        }
        assertFalse(account.admin.get("/account/two-factor").json().getBoolean("required"),
                "the setting did not change");
    }

    @Test
    void sqlInjectionInSearchesIsJustText() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        for (String attack : List.of("' OR '1'='1", "%' OR 1=1 --", "1; DROP TABLE ticket; --", "\\' UNION SELECT")) {
            String q = URLEncoder.encode(attack, StandardCharsets.UTF_8);
            ApiClient.Response tickets = agent.get("/tickets?q=" + q);
            assertEquals(200, tickets.status(), attack);
            assertEquals(0, tickets.json().getJsonArray("items").size(), "nothing matches the text " + attack);
            assertEquals(200, account.admin.get("/customers?q=" + q).status(), attack);
            ApiClient.Response audit = account.admin.get("/audit?actor=" + q);
            assertEquals(200, audit.status(), attack);
            assertEquals(0, audit.jsonValue().asJsonArray().size());
        }
        assertEquals(200, account.admin.get("/tickets?view=ALL&limit=1").status(), "the tickets are all still there");
    }

    @Tag("browser")
    @Test
    void guessingPasswordsIsThrottledAndANewDeviceIsMailed() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"));
            MimeMessage notice = Mailbox.await(account.supportAgentEmail, "Novo acesso", 1, Duration.ofSeconds(30))
                    .get(0);
            assertTrue(Mailbox.body(notice).contains("127.0.0.1"), Mailbox.body(notice));
            assertTrue(Mailbox.body(notice).contains("Chrome"), Mailbox.body(notice));
            browser.signOut();
            browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"));
            browser.signOut();
        }
        try (Browser other = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            other.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(other.waitForText(By.tagName("h1"), "Chamados"));
        }
        Mailbox.await(account.supportAgentEmail, "Novo acesso", 2, Duration.ofSeconds(30));
        Outbox.awaitAllSettled(account.admin);
        assertEquals(2, Mailbox.received(account.supportAgentEmail, "Novo acesso").size(),
                "the known browser was not reported again, the new one was");

        try (Browser guesser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            for (int i = 0; i < 5; i++) {
                guesser.signIn("/agent/tickets.xhtml", account.financeAgentEmail, "guess-" + i);
                assertTrue(guesser.waitForText(By.id("loginForm:messages"), "E-mail ou senha incorretos"));
            }
            guesser.signIn("/agent/tickets.xhtml", account.financeAgentEmail, TestAccount.PASSWORD);
            assertTrue(guesser.waitForText(By.id("loginForm:messages"), "Muitas tentativas"),
                    "after five wrong passwords even the right one waits");
        }
        JsonObject throttled = account.admin.get("/audit?action=LOGIN_THROTTLED&actor=" + account.financeAgentEmail)
                .jsonValue().asJsonArray().getJsonObject(0);
        assertEquals("127.0.0.1", throttled.getString("address"));
    }

    @Test
    void answersCarryTheSecurityHeadersAndTheSessionCookieItsFlags() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TicketApiIT.BASE_URL + "/login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("SAMEORIGIN", login.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(null));
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void pagesRunOnlyScriptsOfTheHelpDeskAndOfTheirOwnNonce() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = get(http, "/login.xhtml");
        String policy = onlyPolicy(page);
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'self'", "form-action 'self'", "img-src 'self' data:")) {
            assertTrue(directives(policy).contains(directive), directive + " in " + policy);
        }
        String scripts = directives(policy).stream().filter(d -> d.startsWith("script-src ")).findFirst()
                .orElseThrow(() -> new AssertionError("no script-src in " + policy));
        Matcher nonce = Pattern.compile("^script-src 'self' 'nonce-([A-Za-z0-9+/=]{16,})'$").matcher(scripts);
        assertTrue(nonce.matches(), "only the help desk's files and the page's nonce: " + scripts);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");

        String again = onlyPolicy(get(http, "/login.xhtml"));
        assertFalse(again.contains(nonce.group(1)), "every page opened gets a nonce of its own: " + again);

        // answers that are not pages: the same policy, without a nonce, still one header
        HttpResponse<String> stylesheet = get(http, "/jakarta.faces.resource/css/helpdesk.css.xhtml");
        assertEquals(200, stylesheet.statusCode());
        assertTrue(directives(onlyPolicy(stylesheet)).contains("script-src 'self'"), onlyPolicy(stylesheet));
        // the error page is rendered in a dispatch of its own, where PrimeFaces sets the header once more
        HttpResponse<String> missing = get(http, "/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(onlyPolicy(missing).contains("script-src 'self'"));
    }

    private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(TicketApiIT.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's Content-Security-Policy; two would both be enforced, the stricter one breaking the page. */
    private static String onlyPolicy(HttpResponse<String> answer) {
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), answer.uri() + " " + policies);
        return policies.get(0);
    }

    private static List<String> directives(String policy) {
        return Stream.of(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty()).toList();
    }
}
