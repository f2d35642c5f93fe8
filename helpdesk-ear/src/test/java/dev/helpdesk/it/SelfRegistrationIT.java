package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Customers register themselves ("Cadastre-se") when the account allows it: the answer is the same whether the
 * address is free or not, the address's owner follows a one-time link (24 hours) and confirms with a button before
 * the first sign-in, a taken address's owner is told to use "forgot password", and registrations are throttled per
 * address and per client address. Off by default: then the page does not exist and the API refuses.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class SelfRegistrationIT {

    private static final String PASSWORD = "river-gato-42";
    private static final Pattern LINK =
            Pattern.compile("(http\\S+/confirm-registration\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final Duration MAIL = Duration.ofSeconds(60);
    private static final String LINK_SUBJECT = "Valide seu e-mail";
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
            change(s -> s.add("customerPanelEnabled", true).add("selfRegistrationEnabled", false));
            String email = "closed-" + account.suffix + "@it.test";
            ApiClient.Response refused = anonymous.post("/registrations", registration("Quem Tenta", email));
            assertEquals(403, refused.status(), refused.toString());
            assertEquals("forbidden", refused.json().getString("error"));
            assertEquals(403, anonymous.post("/registrations/confirm", token("whatever")).status());
            assertEquals(404, page("/register.xhtml").statusCode());
            assertEquals(404, page("/confirm-registration.xhtml?token=whatever").statusCode());
            assertFalse(page("/login.xhtml").body().contains("loginForm:register"), "no \"Cadastre-se\"");

            change(s -> s.add("customerPanelEnabled", false).add("selfRegistrationEnabled", true));
            assertEquals(403, anonymous.post("/registrations", registration("Quem Tenta", email)).status(),
                    "nobody registers for a customer panel that is off");
            Outbox.awaitAllSettled(account.admin);
            assertTrue(Mailbox.received(email, "").isEmpty());

            change(s -> s.add("customerPanelEnabled", true).add("selfRegistrationEnabled", true));
            assertTrue(page("/login.xhtml").body().contains("loginForm:register"));
            assertTrue(page("/login.xhtml?next=/customer/new-ticket.xhtml").body().contains("loginForm:register"));
            assertFalse(page("/login.xhtml?next=/agent/tickets.xhtml").body().contains("loginForm:register"),
                    "only for the customer panel");
            assertEquals(200, page("/register.xhtml").statusCode());
        } finally {
            settings.restore();
        }
    }

    @Test
    void theAddressSignsInOnlyOnceItsOwnerFollowedTheLinkWhichWorksOnceForADay() throws Exception {
        SavedSetting settings = saved();
        ServerClock clock = ServerClock.managed();
        try {
            change(s -> s.add("customerPanelEnabled", true).add("selfRegistrationEnabled", true));
            String email = "self-" + account.suffix + "@it.test";
            TestAccount.assertInvalid(anonymous.post("/registrations", registration("", email)), "name");
            TestAccount.assertInvalid(anonymous.post("/registrations", registration("Ana", "not-an-address")),
                    "email");
            TestAccount.assertInvalid(anonymous.post("/registrations", Json.createObjectBuilder()
                    .add("name", "Ana").add("email", email).add("password", "12345678").add("acceptTerms", true)
                    .build()), "password");

            ApiClient.Response free = anonymous.post("/registrations", registration("Ana Self", email));
            ApiClient.Response taken = anonymous.post("/registrations",
                    registration("Someone Else", account.customerEmail));
            assertEquals(202, free.status(), free.toString());
            assertEquals(202, taken.status(), taken.toString());
            assertEquals(free.json().keySet(), taken.json().keySet(), "the same answer either way");
            assertEquals(email, free.json().getString("email"));

            String notice = Mailbox.body(Mailbox.await(account.customerEmail, "Tentativa de cadastro", 1, MAIL)
                    .get(0));
            assertTrue(notice.contains("/forgot-password.xhtml") && !notice.contains("confirm-registration"),
                    notice);
            String link = link(email, 1);
            assertTrue(customers(email).isEmpty(), "nobody is registered before the link is followed");

            ApiClient.Response confirmed = confirm(link);
            assertEquals(200, confirmed.status(), confirmed.toString());
            assertEquals(email, confirmed.json().getString("email"));
            List<JsonObject> registered = customers(email);
            assertEquals(1, registered.size());
            assertEquals("Ana Self", registered.get(0).getString("name"));
            assertEquals("LOCAL", registered.get(0).getString("directory"));
            TestAccount.assertInvalid(confirm(link), "token");
            assertTrue(account.admin.get("/audit?action=REGISTRATION_CONFIRMED").body().contains(email));
            assertTrue(account.admin.get("/audit?action=REGISTRATION_REQUESTED").body()
                    .contains(account.customerEmail), "the try with a taken address is audited");

            ApiClient.Response again = anonymous.post("/registrations", registration("Ana Again", email));
            assertEquals(202, again.status(), "registered now: the same answer");
            assertTrue(Mailbox.body(Mailbox.await(email, "Tentativa de cadastro", 1, MAIL).get(0))
                    .contains("/forgot-password.xhtml"));

            String late = "late-" + account.suffix + "@it.test";
            assertEquals(202, anonymous.post("/registrations", registration("Quem Demora", late)).status());
            String lateLink = link(late, 1);
            clock.shift(Duration.ofHours(24).plusMinutes(1));
            TestAccount.assertInvalid(confirm(lateLink), "token");
            clock.reset();
            assertTrue(customers(late).isEmpty());
        } finally {
            clock.reset();
            settings.restore();
        }
    }

    @Test
    void registrationsBeyondThreeAnHourForOneAddressOrThirtyFromOneClientAreIgnored() throws Exception {
        SavedSetting settings = saved();
        SavedSetting ipRestriction = SavedSetting.read(account.admin, "/account/ip-restriction");
        try {
            change(s -> s.add("customerPanelEnabled", true).add("selfRegistrationEnabled", true));
            String insistent = "insistent-reg-" + account.suffix + "@it.test";
            for (int i = 0; i < 5; i++) {
                assertEquals(202, anonymous.post("/registrations", registration("Quem Insiste", insistent))
                        .status());
            }
            Outbox.awaitAllSettled(account.admin);
            assertEquals(3, Mailbox.received(insistent, LINK_SUBJECT).size(), "three links an hour at most");

            // a reverse proxy the account trusts tells each client's own address
            assertEquals(200, account.admin.put("/account/ip-restriction", Json.createObjectBuilder()
                    .add("agentAllowList", "").add("customerAllowList", "").add("trustedProxies", "127.0.0.1")
                    .build()).status());
            String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
            for (int i = 0; i < 30; i++) {
                assertEquals(202, anonymous.postForwardedFor("/registrations",
                        registration("Robô", "bulk-" + i + "-" + account.suffix + "@it.test"), client).status());
            }
            String beyond = "bulk-beyond-" + account.suffix + "@it.test";
            ApiClient.Response ignored = anonymous.postForwardedFor("/registrations",
                    registration("Robô", beyond), client);
            assertEquals(202, ignored.status(), "the same answer, but nothing is sent");
            String elsewhere = "bulk-elsewhere-" + account.suffix + "@it.test";
            assertEquals(202, anonymous.postForwardedFor("/registrations", registration("Outra", elsewhere),
                    "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255)).status());
            link(elsewhere, 1);
            Outbox.awaitAllSettled(account.admin);
            assertTrue(Mailbox.received(beyond, LINK_SUBJECT).isEmpty(), "the 31st from one client is ignored");
            assertEquals(1, Mailbox.received("bulk-29-" + account.suffix + "@it.test", LINK_SUBJECT).size());
            assertTrue(account.admin.get("/audit?action=REGISTRATION_REQUESTED&objectId=" + beyond).body()
                    .contains(client), "the ignored one is recorded with its client address");
        } finally {
            ipRestriction.restore();
            settings.restore();
        }
    }

    @Tag("browser")
    @Test
    void registeringInTheBrowserThenValidatingTheAddressWithAButtonAndSigningIn() throws Exception {
        SavedSetting settings = saved();
        try {
            change(s -> s.add("customerPanelEnabled", true).add("selfRegistrationEnabled", true)
                    .add("termsUrl", "https://www.example.com/terms").add("privacyUrl", ""));
            String email = "browser-reg-" + account.suffix + "@it.test";
            try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
                browser.open("/login.xhtml?next=/customer/tickets.xhtml");
                browser.submit(By.id("loginForm:register"));
                assertTrue(browser.currentUrl().contains("/register.xhtml"), browser.currentUrl());
                assertFits(browser);

                browser.type(By.id("registerForm:name"), "Bruna Navegante");
                browser.type(By.id("registerForm:email"), email);
                browser.type(By.id("registerForm:newPassword"), "12345678");
                browser.type(By.id("registerForm:repeatedPassword"), "12345678");
                browser.click(By.id("registerForm:register"));
                assertTrue(browser.waitForText(By.id("registerForm"), "mais usadas"), browser.pageText());

                browser.type(By.id("registerForm:newPassword"), PASSWORD);
                browser.type(By.id("registerForm:repeatedPassword"), PASSWORD);
                browser.click(By.id("registerForm:register"));
                assertTrue(browser.waitForText(By.id("registerForm"), "Aceite os termos"), browser.pageText());
                assertTrue(browser.isPresent(By.id("registerForm:registerTermsLink")));

                browser.type(By.id("registerForm:newPassword"), PASSWORD);
                browser.type(By.id("registerForm:repeatedPassword"), PASSWORD);
                browser.tick("registerForm:acceptTerms_input", true);
                browser.click(By.id("registerForm:register"));
                assertTrue(browser.waitForText(By.id("registerForm:messages"), "validar o e-mail"),
                        browser.pageText());
                browser.screenshot("self-registration-sent");

                String link = link(email, 1);
                browser.open(link.substring(TicketApiIT.BASE_URL.length()));
                assertTrue(browser.text(By.id("confirmForm:registrant")).contains("Bruna Navegante"));
                assertTrue(customers(email).isEmpty(), "opening the link changes nothing");
                assertFits(browser);
                browser.click(By.id("confirmForm:confirm"));
                assertTrue(browser.waitForText(By.id("confirmForm:messages"), "concluído"), browser.pageText());

                browser.signIn("/customer/tickets.xhtml", email, PASSWORD);
                assertTrue(browser.currentUrl().contains("/customer/tickets.xhtml"), browser.currentUrl());
            }
        } finally {
            settings.restore();
        }
    }

    private static void assertFits(Browser browser) {
        assertEquals(Boolean.TRUE, browser.script(
                "return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scrolling");
    }

    private static SavedSetting saved() {
        return SavedSetting.read(account.admin, "/account/settings", "hasLogo", "customerPanelUrl", "contactFormUrl");
    }

    private static void change(UnaryOperator<JsonObjectBuilder> change) {
        JsonObjectBuilder current = Json.createObjectBuilder(account.admin.get("/account/settings").json())
                .remove("hasLogo").remove("customerPanelUrl").remove("contactFormUrl");
        ApiClient.Response changed = account.admin.put("/account/settings", change.apply(current).build());
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

    private static ApiClient.Response confirm(String link) {
        return anonymous.post("/registrations/confirm", token(link.substring(link.indexOf("token=") + 6)));
    }

    /** The registration links mailed to the recipient, the {@code count}-th once it came. */
    private static String link(String recipient, int count) {
        return Mailbox.await(recipient, LINK_SUBJECT, count, MAIL).stream().map(Mailbox::body).map(body -> {
            Matcher matcher = LINK.matcher(body);
            return matcher.find() ? matcher.group(1) : null;
        }).filter(l -> l != null).toList().get(count - 1);
    }

    private static JsonObject registration(String name, String email) {
        return Json.createObjectBuilder().add("name", name).add("email", email).add("password", PASSWORD)
                .add("acceptTerms", true).build();
    }

    private static JsonObject token(String token) {
        return Json.createObjectBuilder().add("token", token).build();
    }
}
