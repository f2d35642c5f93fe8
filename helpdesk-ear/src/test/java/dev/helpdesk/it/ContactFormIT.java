package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The public contact form opens a ticket for its sender, registered like an unknown mail sender when the address is
 * new, and mails the usual confirmation; bad input names every wrong field and writes nothing; a honeypot and a
 * limit per client address keep robots out; the page works inside a frame of the sites the account lists, and only
 * there. Off by default: then the page does not exist and the API refuses.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class ContactFormIT {

    private static final Duration MAIL = Duration.ofSeconds(60);
    private static TestAccount account;
    private static ApiClient anonymous;

    @BeforeAll
    static void servers() {
        Mailbox.started();
        account = new TestAccount(TicketApiIT.BASE_URL);
        anonymous = account.admin.as(null);
    }

    @Test
    void withTheSwitchOffThereIsNoPageAndTheApiRefuses() throws Exception {
        SavedSetting settings = saved();
        try {
            change(s -> s.add("contactFormEnabled", false));
            String email = "closed-contact-" + account.suffix + "@it.test";
            ApiClient.Response refused = anonymous.post("/contact", message("Quem Tenta", email, account.supportId,
                    "Fechado " + account.suffix));
            assertEquals(403, refused.status(), refused.toString());
            assertEquals("forbidden", refused.json().getString("error"));
            assertEquals(403, anonymous.get("/contact").status());
            assertEquals(404, page("/contact.xhtml").statusCode());
            assertTrue(customers(email).isEmpty());
        } finally {
            settings.restore();
        }
    }

    @Test
    void aMessageOpensATicketInItsSendersNameAndMailsTheConfirmation() throws Exception {
        SavedSetting settings = saved();
        try {
            change(s -> s.add("contactFormEnabled", true));
            ApiClient.Response form = anonymous.get("/contact");
            assertEquals(200, form.status(), form.toString());
            assertTrue(form.json().getJsonArray("departments").stream().anyMatch(d -> d.asJsonObject()
                    .getJsonNumber("id").longValue() == account.supportId), form.toString());

            String sender = "contact-" + account.suffix + "@it.test";
            TestAccount.assertInvalid(anonymous.post("/contact", Json.createObjectBuilder().build()), "name");
            TestAccount.assertInvalid(anonymous.post("/contact", message("Caio", "nope", account.supportId, "x")),
                    "email");
            TestAccount.assertInvalid(anonymous.post("/contact", message("Caio", sender, 999_999_999L, "x")),
                    "departmentId");
            TestAccount.assertInvalid(anonymous.post("/contact", Json.createObjectBuilder(
                    message("Caio", sender, account.supportId, "x")).add("message", "y".repeat(10_001)).build()),
                    "message");
            assertTrue(customers(sender).isEmpty(), "a refused message registers nobody");

            String subject = "Impressora " + account.suffix;
            ApiClient.Response sent = anonymous.post("/contact", message("Caio Contato", sender, account.supportId,
                    subject));
            JsonObject receipt = TestAccount.created(sent);
            assertEquals(sender, receipt.getString("email"));
            long protocol = receipt.getJsonNumber("protocol").longValue();
            JsonObject ticket = TestAccount.ok(account.admin.get("/tickets/" + protocol));
            assertEquals(sender, ticket.getString("customerEmail"));
            assertEquals(account.supportId, ticket.getJsonNumber("departmentId").longValue());
            assertEquals("CONTACT_FORM", ticket.getString("channel"));
            assertEquals(subject, ticket.getString("subject"));
            List<JsonObject> registered = customers(sender);
            assertEquals(1, registered.size());
            assertEquals("Caio Contato", registered.get(0).getString("name"));
            String confirmation = Mailbox.subject(Mailbox.await(sender, "Recebemos seu chamado", 1, MAIL).get(0));
            assertTrue(confirmation.contains("#" + protocol), confirmation);
            assertTrue(account.admin.get("/audit?action=CONTACT_FORM_TICKET&objectId=" + protocol).body()
                    .contains(sender));

            ApiClient.Response known = anonymous.post("/contact", message("Outro Nome", account.customerEmail,
                    account.supportId, "Conhecido " + account.suffix));
            long knownProtocol = TestAccount.created(known).getJsonNumber("protocol").longValue();
            assertEquals(200, account.clientFor(account.customerEmail).get("/tickets/" + knownProtocol).status(),
                    "a known address's ticket is its customer's");
            assertEquals("Customer " + account.suffix, customers(account.customerEmail).get(0).getString("name"),
                    "the form does not rename anyone");

            String inactive = "inactive-contact-" + account.suffix + "@it.test";
            account.createLocalCustomer("Quem Saiu", inactive);
            long inactiveId = customers(inactive).get(0).getJsonNumber("id").longValue();
            TestAccount.ok(account.admin.put("/customers/" + inactiveId, Json.createObjectBuilder()
                    .add("name", "Quem Saiu").add("active", false).build()));
            String inactiveSubject = "Inativo " + account.suffix;
            TestAccount.assertInvalid(anonymous.post("/contact", message("Quem Saiu", inactive, account.supportId,
                    inactiveSubject)), "email");
            assertEquals(0, account.admin.get("/tickets?view=ALL&q=" + inactiveSubject.replace(" ", "+"))
                    .json().getJsonArray("items").size(), "no ticket");
        } finally {
            settings.restore();
        }
    }

    @Test
    void moreThanTenTicketsAnHourFromOneClientAreRefused() throws Exception {
        SavedSetting settings = saved();
        SavedSetting ipRestriction = SavedSetting.read(account.admin, "/account/ip-restriction");
        try {
            change(s -> s.add("contactFormEnabled", true));
            assertEquals(200, account.admin.put("/account/ip-restriction", Json.createObjectBuilder()
                    .add("agentAllowList", "").add("customerAllowList", "").add("trustedProxies", "127.0.0.1")
                    .build()).status());
            String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
            for (int i = 0; i < 10; i++) {
                TestAccount.created(anonymous.postForwardedFor("/contact", message("Robô",
                        "flood-" + i + "-" + account.suffix + "@it.test", account.supportId, "Flood " + i), client));
            }
            String beyond = "flood-beyond-" + account.suffix + "@it.test";
            ApiClient.Response refused = anonymous.postForwardedFor("/contact", message("Robô", beyond,
                    account.supportId, "Flood beyond"), client);
            assertEquals(429, refused.status(), refused.toString());
            assertEquals("too_many_requests", refused.json().getString("error"));
            assertTrue(customers(beyond).isEmpty(), "nothing is written");
            TestAccount.created(anonymous.postForwardedFor("/contact", message("Outra", "flood-other-"
                    + account.suffix + "@it.test", account.supportId, "Other client"),
                    "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255)));
        } finally {
            ipRestriction.restore();
            settings.restore();
        }
    }

    @Tag("browser")
    @Test
    void theFormNamesEveryWrongFieldAtOnceAndDropsWhatRobotsSend() throws Exception {
        SavedSetting settings = saved();
        try {
            change(s -> s.add("contactFormEnabled", true));
            try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
                browser.open("/contact.xhtml");
                assertFits(browser);
                browser.type(By.id("contactForm:email"), "not-an-address");
                browser.submit(By.id("contactForm:send"));
                assertEquals(5L, browser.script("return document.querySelectorAll('.ui-message-error').length;"),
                        browser.pageText());
                assertTrue(browser.pageText().contains("e-mail válido"), browser.pageText());

                String robot = "robot-" + account.suffix + "@it.test";
                fill(browser, "Robô", robot, "Spam " + account.suffix);
                browser.script("document.getElementById('contactForm:website').value = 'http://spam.example';");
                browser.submit(By.id("contactForm:send"));
                assertTrue(browser.waitForText(By.id("contactForm:messages"), "Recebemos sua mensagem"),
                        browser.pageText());

                browser.open("/contact.xhtml");
                String person = "person-contact-" + account.suffix + "@it.test";
                fill(browser, "Pessoa Real", person, "Rede lenta " + account.suffix);
                browser.submit(By.id("contactForm:send"));
                assertTrue(browser.waitForText(By.id("contactForm:messages"), person), browser.pageText());
                assertFits(browser);
                browser.screenshot("contact-form-sent");
                Mailbox.await(person, "Recebemos seu chamado", 1, MAIL);
                Outbox.awaitAllSettled(account.admin);
                assertTrue(customers(robot).isEmpty(), "the honeypot's message opened nothing");
                assertTrue(Mailbox.received(robot, "").isEmpty());
            }
        } finally {
            settings.restore();
        }
    }

    @Tag("browser")
    @Test
    void theFormWorksInAFrameOfAListedSiteOnly() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] html = ("<!DOCTYPE html><html><head><title>Company</title></head><body><h1>Company</h1>"
                + "<iframe id=\"helpdesk\" src=\"" + TicketApiIT.BASE_URL + "/contact.xhtml\" "
                + "style=\"width:360px;height:900px;border:0\"></iframe></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        site.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        site.start();
        String origin = "http://localhost:" + site.getAddress().getPort();
        SavedSetting settings = saved();
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            change(s -> s.add("contactFormEnabled", true).add("contactFormOrigins", ""));
            HttpResponse<String> own = page("/contact.xhtml");
            assertTrue(policy(own).contains("frame-ancestors 'self';"), policy(own));
            assertEquals("SAMEORIGIN", own.headers().firstValue("X-Frame-Options").orElse(null));
            browser.openUrl(origin + "/");
            assertTrue(browser.awaitPolicyViolation("frame-ancestors"),
                    "Chromium refuses the frame under frame-ancestors");
            browser.enterFrame(By.id("helpdesk"));
            assertFalse(browser.isPresent(By.id("contactForm:name")), "an unlisted site cannot frame the form");
            browser.leaveFrame();

            change(s -> s.add("contactFormOrigins", origin.toUpperCase() + "/\nhttps://www.example.com"));
            assertEquals(origin + " https://www.example.com",
                    account.admin.get("/account/settings").json().getString("contactFormOrigins"));
            HttpResponse<String> listed = page("/contact.xhtml");
            assertTrue(policy(listed).contains("frame-ancestors 'self' " + origin + " https://www.example.com;"),
                    policy(listed));
            assertNull(listed.headers().firstValue("X-Frame-Options").orElse(null));
            assertTrue(policy(page("/login.xhtml")).contains("frame-ancestors 'self';"), "other pages stay ours");
            TestAccount.assertInvalid(account.admin.put("/account/settings", Json.createObjectBuilder(current())
                    .add("contactFormOrigins", "https://a.example; script-src *").build()), "contactFormOrigins");

            browser.openUrl(origin + "/");
            browser.enterFrame(By.id("helpdesk"));
            String sender = "framed-" + account.suffix + "@it.test";
            fill(browser, "Quem Embute", sender, "Pelo site " + account.suffix);
            browser.submit(By.id("contactForm:send"));
            assertTrue(browser.waitForText(By.id("contactForm:messages"), sender), browser.pageText());
            assertFits(browser);
            browser.leaveFrame();
            browser.screenshot("contact-form-framed");
            assertEquals(1, customers(sender).size(), "the framed form, without the session cookie, works");
        } finally {
            settings.restore();
            site.stop(0);
        }
    }

    private void fill(Browser browser, String name, String email, String subject) {
        browser.type(By.id("contactForm:name"), name);
        browser.type(By.id("contactForm:email"), email);
        browser.choose("contactForm:departmentId", "Support " + account.suffix);
        browser.type(By.id("contactForm:subject"), subject);
        browser.type(By.id("contactForm:message"), "A rede cai de hora em hora.");
    }

    private static void assertFits(Browser browser) {
        assertEquals(Boolean.TRUE, browser.script(
                "return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scrolling");
    }

    private static String policy(HttpResponse<String> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies::toString);
        return policies.get(0) + ";";
    }

    private static SavedSetting saved() {
        return SavedSetting.read(account.admin, "/account/settings", "hasLogo", "customerPanelUrl", "contactFormUrl");
    }

    private static JsonObject current() {
        return Json.createObjectBuilder(account.admin.get("/account/settings").json()).remove("hasLogo")
                .remove("customerPanelUrl").remove("contactFormUrl").build();
    }

    private static void change(UnaryOperator<JsonObjectBuilder> change) {
        ApiClient.Response changed = account.admin.put("/account/settings",
                change.apply(Json.createObjectBuilder(current())).build());
        assertEquals(200, changed.status(), changed.toString());
    }

    private static List<JsonObject> customers(String email) {
        return account.admin.get("/customers?q=" + email).jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(c -> email.equals(c.getString("email", null))).toList();
    }

    private static HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TicketApiIT.BASE_URL + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject message(String name, String email, long departmentId, String subject) {
        return Json.createObjectBuilder().add("name", name).add("email", email).add("departmentId", departmentId)
                .add("subject", subject).add("message", "A rede cai de hora em hora.").build();
    }
}
