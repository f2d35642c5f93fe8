package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Passwords are their owners' (A5): changed with the current one, chosen again through a one-time link mailed on
 * request (the same answer whether the address signs anyone in or not), or through an invitation or reset an
 * administrator sends without ever seeing the password; customers who wrote from an unknown address are invited
 * when the account asks for it. The most common passwords are refused whatever the policy, directory users are told
 * their password is the directory's, and a new password ends every other session.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class PasswordsIT {

    private static final String NEW_PASSWORD = "river-gato-42";
    private static final Pattern LINK = Pattern.compile("(http\\S+/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");
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
    void peopleChangeTheirOwnPasswordWithTheCurrentOne() {
        String email = "changer-" + account.suffix + "@it.test";
        account.createAgent("Quem Troca", email, account.supportId);
        ApiClient agent = account.clientFor(email);

        TestAccount.assertInvalid(agent.put("/me/password", password("wrong-password", NEW_PASSWORD)),
                "currentPassword");
        for (String common : new String[] {"password", "12345678", "Password1!", "senha@123"}) {
            ApiClient.Response refused = agent.put("/me/password", password(TestAccount.PASSWORD, common));
            TestAccount.assertInvalid(refused, "newPassword");
        }
        TestAccount.assertInvalid(agent.put("/me/password", password(TestAccount.PASSWORD, TestAccount.PASSWORD)),
                "newPassword");
        assertEquals(401, anonymous.put("/me/password", password(TestAccount.PASSWORD, NEW_PASSWORD)).status());

        ApiClient.Response changed = agent.put("/me/password", password(TestAccount.PASSWORD, NEW_PASSWORD));
        assertEquals(204, changed.status(), changed.toString());
        assertTrue(Mailbox.body(Mailbox.await(email, "senha do help desk foi trocada", 1, MAIL).get(0))
                .contains("/forgot-password.xhtml"), "the owner is told, with where to ask for a new one");
        TestAccount.assertInvalid(agent.put("/me/password", password(TestAccount.PASSWORD, "gato-river-43")),
                "currentPassword");
        assertTrue(account.admin.get("/audit?action=PASSWORD_CHANGED").body().contains(email));

        ApiClient customer = account.clientFor(account.otherCustomerEmail);
        assertEquals(204, customer.put("/me/password", password(TestAccount.PASSWORD, NEW_PASSWORD)).status(),
                "customers change theirs too");

        String directoryCustomer = "ldap-" + account.suffix + "@it.test";
        account.createDirectoryCustomer("Do Diretório", directoryCustomer);
        ApiClient.Response directory = account.clientFor(directoryCustomer)
                .put("/me/password", password("whatever-it-is", NEW_PASSWORD));
        TestAccount.assertInvalid(directory, "newPassword");
        assertTrue(directory.json().getString("message").contains("LDAP"), directory.toString());
    }

    @Test
    void aForgottenPasswordIsChosenAgainThroughALinkThatWorksOnceUntilItExpires() throws Exception {
        String email = "forgetful-" + account.suffix + "@it.test";
        account.createAgent("Quem Esquece", email, account.supportId);
        String nobody = "nobody-" + account.suffix + "@it.test";

        ApiClient.Response forNobody = anonymous.post("/password-resets", reset(nobody));
        ApiClient.Response forSomeone = anonymous.post("/password-resets", reset(email));
        assertEquals(202, forNobody.status(), forNobody.toString());
        assertEquals(202, forSomeone.status(), forSomeone.toString());
        assertEquals(forNobody.json().keySet(), forSomeone.json().keySet(), "the same answer either way");
        TestAccount.assertInvalid(anonymous.post("/password-resets", reset("not-an-address")), "email");

        String first = link(email, 1);
        assertEquals(202, anonymous.post("/password-resets", reset(email)).status());
        String second = links(email, 2).stream().filter(l -> !l.equals(first)).findFirst().orElseThrow();
        TestAccount.assertInvalid(choose(first, NEW_PASSWORD), "token");
        TestAccount.assertInvalid(choose(second, "12345678"), "newPassword");
        ApiClient.Response chosen = choose(second, NEW_PASSWORD);
        assertEquals(200, chosen.status(), chosen.toString());
        assertEquals(email, chosen.json().getString("email"));
        TestAccount.assertInvalid(choose(second, "gato-river-43"), "token");
        assertTrue(account.admin.get("/audit?action=PASSWORD_SET_BY_LINK").body().contains(email));
        Outbox.awaitAllSettled(account.admin);
        assertTrue(Mailbox.received(nobody, "").isEmpty(), "an address nobody uses gets nothing");

        assertEquals(202, anonymous.post("/password-resets", reset(email)).status());
        String late = links(email, 3).get(2);
        ServerClock clock = ServerClock.managed();
        try {
            clock.shift(Duration.ofMinutes(61));
            TestAccount.assertInvalid(choose(late, "gato-river-43"), "token");
        } finally {
            clock.reset();
        }
    }

    @Test
    void requestsBeyondThreeAnHourAreIgnoredAndDirectoryUsersAreToldWhereTheirPasswordIs() throws Exception {
        String email = "insistent-" + account.suffix + "@it.test";
        account.createAgent("Quem Insiste", email, account.supportId);
        for (int i = 0; i < 5; i++) {
            assertEquals(202, anonymous.post("/password-resets", reset(email)).status());
        }
        Outbox.awaitAllSettled(account.admin);
        assertEquals(3, Mailbox.received(email, "Escolha uma nova senha").size(), "three links an hour at most");

        String directoryCustomer = "ldap-reset-" + account.suffix + "@it.test";
        account.createDirectoryCustomer("Do Diretório", directoryCustomer);
        assertEquals(202, anonymous.post("/password-resets", reset(directoryCustomer)).status());
        String body = Mailbox.body(Mailbox.await(directoryCustomer, "Sua senha do help desk", 1, MAIL).get(0));
        assertTrue(body.contains("diretório") && !body.contains("reset-password"), body);
    }

    @Test
    void administratorsSendResetsAndInvitationsButNeverSeeThePassword() throws Exception {
        long customerId = customerId(account.customerEmail);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        assertEquals(403, agent.post("/customers/" + customerId + "/password-link", empty()).status());
        assertEquals(403, account.clientFor(account.customerEmail)
                .post("/customers/" + customerId + "/password-link", empty()).status());
        assertEquals(404, account.admin.post("/customers/999999999/password-link", empty()).status());
        String directoryCustomer = "ldap-link-" + account.suffix + "@it.test";
        account.createDirectoryCustomer("Do Diretório", directoryCustomer);
        TestAccount.assertInvalid(account.admin.post("/customers/" + customerId(directoryCustomer)
                + "/password-link", empty()), "id");

        ApiClient.Response sent = account.admin.post("/customers/" + customerId + "/password-link", empty());
        assertEquals(202, sent.status(), sent.toString());
        JsonObject link = sent.json();
        assertEquals(account.customerEmail, link.getString("sentTo"));
        assertEquals("RESET", link.getString("purpose"));
        assertTrue(Instant.parse(link.getString("expiresAt")).isAfter(Instant.now().plus(Duration.ofHours(23))));
        assertFalse(sent.body().contains("token"), "the administrator never holds the link");
        assertEquals(200, choose(link(account.customerEmail, 1), NEW_PASSWORD).status());

        SavedSetting settings = SavedSetting.read(account.admin, "/account/settings", "hasLogo", "customerPanelUrl");
        SavedSetting channel = SavedSetting.read(account.admin, "/mail-channel/settings");
        SupportMailbox mailbox = SupportMailbox.create(account.admin, Mailbox.started().greenMail(),
                DemoMailServer.DEFAULT_IMAP_PORT, "invites-" + account.suffix + "@it.test", account.supportId,
                account.supportCategoryId);
        String writer = "writer-" + account.suffix + "@it.test";
        try {
            assertEquals(200, account.admin.put("/account/settings", Json.createObjectBuilder(
                    account.admin.get("/account/settings").json()).add("inviteMailCustomers", true).build()).status());
            assertEquals(200, account.admin.put("/mail-channel/settings", Json.createObjectBuilder(
                    account.admin.get("/mail-channel/settings").json()).add("registerSenders", true).build()).status());
            mailbox.deliver("From: Quem Escreve <" + writer + ">\nTo: " + mailbox.address
                    + "\nSubject: Primeiro contato " + account.suffix + "\nMessage-ID: <first-" + account.suffix
                    + "@it.test>\nContent-Type: text/plain; charset=UTF-8\n\nOlá, preciso de ajuda.\n");
            MimeMessage invitation = Mailbox.await(writer, "Seu acesso ao help desk", 1, MAIL).get(0);
            assertTrue(Mailbox.body(invitation).contains("7 dia"), Mailbox.body(invitation));
            ApiClient.Response noneYet = account.clientFor(writer).put("/me/password",
                    password("no-password-yet", NEW_PASSWORD));
            TestAccount.assertInvalid(noneYet, "currentPassword");
            assertEquals("validation.password.noneYet", noneYet.json().getString("code"),
                    "someone without a password is told to ask for a link");
            ApiClient.Response invited = choose(link(writer, "Seu acesso", 1), NEW_PASSWORD);
            assertEquals(200, invited.status(), invited.toString());
        } finally {
            account.admin.put("/mail-channel/mailboxes/" + mailbox.id, Json.createObjectBuilder()
                    .add("address", mailbox.address).add("departmentId", account.supportId)
                    .add("categoryId", account.supportCategoryId).add("host", "localhost")
                    .add("port", DemoMailServer.DEFAULT_IMAP_PORT).add("security", "NONE")
                    .add("username", mailbox.address).add("password", SupportMailbox.PASSWORD).add("active", false)
                    .build());
            channel.restore();
            settings.restore();
        }
    }

    @Tag("browser")
    @Test
    void aPasswordChosenAgainInTheBrowserEndsTheOtherSessions() {
        String email = "browser-" + account.suffix + "@it.test";
        account.createAgent("Quem Navega", email, account.supportId);
        try (Browser office = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR");
             Browser home = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            office.signIn("/agent/tickets.xhtml", email, TestAccount.PASSWORD);
            assertTrue(office.currentUrl().contains("/agent/tickets.xhtml"), office.currentUrl());

            home.open("/login.xhtml");
            home.click(By.id("loginForm:forgotPassword"));
            home.type(By.id("forgotForm:email"), email);
            home.click(By.id("forgotForm:send"));
            assertTrue(home.waitForText(By.id("forgotForm:messages"), "hora"), home.pageText());
            String link = link(email, 1);
            home.open(link.substring(TicketApiIT.BASE_URL.length()));
            assertTrue(home.text(By.id("resetForm:holder")).contains(email));
            home.type(By.id("resetForm:newPassword"), "12345678");
            home.type(By.id("resetForm:repeatedPassword"), "12345678");
            home.click(By.id("resetForm:save"));
            assertTrue(home.waitForText(By.id("resetForm"), "mais usadas"), home.pageText());
            home.type(By.id("resetForm:newPassword"), NEW_PASSWORD);
            home.type(By.id("resetForm:repeatedPassword"), NEW_PASSWORD);
            home.click(By.id("resetForm:save"));
            assertTrue(home.waitForText(By.id("resetForm:messages"), email), home.pageText());

            office.open("/agent/tickets.xhtml");
            assertTrue(office.currentUrl().contains("/login.xhtml"), "the office session ended: "
                    + office.currentUrl());
            home.signIn("/agent/profile.xhtml", email, NEW_PASSWORD);
            assertTrue(home.currentUrl().contains("/agent/profile.xhtml"), home.currentUrl());

            home.type(By.id("passwordForm:currentPassword"), NEW_PASSWORD);
            home.type(By.id("passwordForm:newPassword"), "gato-river-43");
            home.type(By.id("passwordForm:repeatedPassword"), "gato-river-44");
            home.click(By.id("passwordForm:changePassword"));
            assertTrue(home.waitForText(By.id("passwordForm"), "não são iguais"), home.pageText());
            home.type(By.id("passwordForm:currentPassword"), NEW_PASSWORD);
            home.type(By.id("passwordForm:newPassword"), "gato-river-43");
            home.type(By.id("passwordForm:repeatedPassword"), "gato-river-43");
            home.click(By.id("passwordForm:changePassword"));
            assertTrue(home.waitForText(By.id("messages"), "Senha trocada"), home.pageText());
            home.open("/agent/profile.xhtml");
            assertTrue(home.currentUrl().contains("/agent/profile.xhtml"), "this session goes on");
            home.screenshot("password-changed");
        }
    }

    private static long customerId(String email) {
        for (var value : account.admin.get("/customers?q=" + email).jsonValue().asJsonArray()) {
            if (value.asJsonObject().getString("email").equals(email)) {
                return value.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no customer " + email);
    }

    private static ApiClient.Response choose(String link, String newPassword) {
        String token = link.substring(link.indexOf("token=") + "token=".length());
        return anonymous.post("/password-resets/password", Json.createObjectBuilder().add("token", token)
                .add("newPassword", newPassword).build());
    }

    private static String link(String recipient, int count) {
        return links(recipient, count).get(count - 1);
    }

    private static String link(String recipient, String subjectPart, int count) {
        return links(recipient, subjectPart, count).get(count - 1);
    }

    private static List<String> links(String recipient, int count) {
        return links(recipient, "Escolha uma nova senha", count);
    }

    /** The password links mailed to the recipient, oldest first, once {@code count} have come. */
    private static List<String> links(String recipient, String subjectPart, int count) {
        return Mailbox.await(recipient, subjectPart, count, MAIL).stream().map(Mailbox::body).map(body -> {
            Matcher matcher = LINK.matcher(body);
            return matcher.find() ? matcher.group(1) : null;
        }).filter(l -> l != null).toList();
    }

    private static JsonObject password(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build();
    }

    private static JsonObject reset(String email) {
        return Json.createObjectBuilder().add("email", email).build();
    }

    private static JsonObject empty() {
        return Json.createObjectBuilder().build();
    }
}
