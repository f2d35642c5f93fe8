package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The account owner (D9) and agents changing their own sign-in e-mail (A3b): ownership goes only to an active
 * administrator, is audited and mailed to both, and protects its holder from being demoted or deactivated; an agent
 * changes their e-mail only when the account allows it and with their current password (for a directory agent,
 * accepted by the directory for the new address), and keeps working under the new one.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class AccountOwnerIT {

    private static final String FIRST_ADMIN = "admin@helpdesk.test";
    private static TestAccount account;

    @BeforeAll
    static void servers() {
        Mailbox.started();
        Directory.started();
        account = new TestAccount(TicketApiIT.BASE_URL);
    }

    @Test
    void ownershipGoesOnlyToActiveAdministratorsAndProtectsItsHolder() {
        JsonObject first = account.admin.get("/account/owner").json();
        assertEquals(FIRST_ADMIN, first.getString("email"), "the first administrator owns a new installation");
        String nextEmail = "owner-" + account.suffix + "@it.test";
        long next = agent("Nova Dona", nextEmail, "ADMIN");
        long plainAgent = agent("Sem Poder", "plain-" + account.suffix + "@it.test", "AGENT");
        ApiClient agent = account.clientFor(account.supportAgentEmail);

        assertEquals(403, agent.get("/account/owner").status());
        assertEquals(403, agent.put("/account/owner", owner(plainAgent)).status());
        assertRefused(account.admin.put("/account/owner", owner(plainAgent)), "agentId");
        assertRefused(account.admin.put("/account/owner", owner(999_999_999L)), "agentId");
        assertRefused(account.admin.put("/account/owner", Json.createObjectBuilder().build()), "agentId");
        assertRefused(account.admin.put("/account/owner", owner(first.getJsonNumber("agentId").longValue())),
                "agentId");
        try {
            assertEquals(nextEmail, account.admin.put("/account/owner", owner(next)).json().getString("email"));
            assertEquals(nextEmail, account.admin.get("/account/owner").json().getString("email"));
            assertRefused(account.admin.put("/agents/" + next, change("AGENT", true)), "role");
            assertRefused(account.admin.put("/agents/" + next, change("ADMIN", false)), "role");
            assertTrue(account.admin.get("/audit?action=OWNER_CHANGED").body().contains(nextEmail));
            for (String recipient : new String[] {FIRST_ADMIN, nextEmail}) {
                Mailbox.awaitContaining(recipient, "proprietário", nextEmail, Duration.ofSeconds(60));
            }
            assertEquals("ADMIN", agentNamed(FIRST_ADMIN).getString("role"),
                    "the previous owner stays an administrator");
        } finally {
            assertEquals(200, account.admin.put("/account/owner",
                    owner(first.getJsonNumber("agentId").longValue())).status());
        }
        assertEquals(200, account.admin.put("/agents/" + next, change("AGENT", true)).status(),
                "no longer the owner, so no longer protected");
    }

    @Tag("browser")
    @Test
    void agentsChangeTheirOwnEmailWithTheirPasswordWhenTheAccountAllowsIt() {
        String before = "mover-" + account.suffix + "@it.test";
        agent("Quem Muda", before, "AGENT");
        ApiClient mover = account.clientFor(before);
        String after = "moved-" + account.suffix + "@it.test";
        SavedSetting emailPolicy = SavedSetting.read(account.admin, "/account/agent-email-policy");
        try {
            assertEquals(200, account.admin.put("/account/agent-email-policy", Json.createObjectBuilder()
                    .add("agentsMayChangeEmail", false).build()).status());
            assertEquals(403, mover.put("/me/email", email(after, TestAccount.PASSWORD)).status());
        } finally {
            emailPolicy.restore();
        }
        assertEquals(403, mover.put("/account/agent-email-policy", Json.createObjectBuilder()
                .add("agentsMayChangeEmail", true).build()).status());
        assertEquals(403, account.clientFor(account.customerEmail).put("/me/email",
                email("c-" + after, TestAccount.PASSWORD)).status(), "customers are not agents");
        assertRefused(mover.put("/me/email", email(after, "wrong-password")), "currentPassword");
        assertRefused(mover.put("/me/email", email("not-an-address", TestAccount.PASSWORD)), "email");

        ApiClient.Response free = mover.put("/me/email", email(after, TestAccount.PASSWORD));
        assertEquals(202, free.status(), free.toString());
        assertEquals(Json.createObjectBuilder().add("pendingEmail", after).build(), free.json());
        String replaced = confirmationLinks(after, 1).get(0);
        ApiClient.Response taken = mover.put("/me/email", email(account.customerEmail, TestAccount.PASSWORD));
        assertEquals(202, taken.status(), taken.toString());
        assertEquals(Json.createObjectBuilder().add("pendingEmail", account.customerEmail).build(), taken.json(),
                "an address in use gets the answer a free one gets");
        assertTrue(Mailbox.body(Mailbox.await(account.customerEmail, "Pedido para usar este e-mail", 1,
                Duration.ofSeconds(60)).get(0)).contains("Nada mudou"), "the address's owner is told instead");
        assertEquals(202, mover.put("/me/email", email(after, TestAccount.PASSWORD)).status());
        String link = confirmationLinks(after, 2).stream().filter(l -> !l.equals(replaced)).findFirst()
                .orElseThrow();
        assertEquals(before, mover.get("/me").json().getString("email"), "nothing changes before the link is used");

        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.open(replaced.substring(TicketApiIT.BASE_URL.length()));
            browser.click(By.id("confirmForm:confirm"));
            assertTrue(browser.waitForText(By.id("confirmForm:messages"), "não vale mais"),
                    "a later request replaces the link");
            browser.open(link.substring(TicketApiIT.BASE_URL.length()));
            assertEquals(before, mover.get("/me").json().getString("email"), "opening the link changes nothing");
            browser.click(By.id("confirmForm:confirm"));
            assertTrue(browser.waitForText(By.id("confirmForm:messages"), after));
            browser.open(link.substring(TicketApiIT.BASE_URL.length()));
            browser.click(By.id("confirmForm:confirm"));
            assertTrue(browser.waitForText(By.id("confirmForm:messages"), "não vale mais"), "a link works once");
        }
        assertEquals(after, mover.get("/me").json().getString("email"), "the token follows the agent");
        assertTrue(account.admin.get("/audit?action=EMAIL_CHANGED").body().contains(after));
        assertTrue(Mailbox.body(Mailbox.await(before, "e-mail de acesso", 1, Duration.ofSeconds(60)).get(0))
                .contains(after), "the old address is told");

        String last = "panel-" + account.suffix + "@it.test";
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/profile.xhtml", after, TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.id("loginEmail"), after));
            browser.type(By.id("emailForm:newEmail"), last);
            browser.type(By.id("emailForm:currentPassword"), TestAccount.PASSWORD);
            browser.click(By.id("emailForm:changeEmail"));
            assertTrue(browser.waitForText(By.id("messages"), last));
            assertTrue(browser.waitForText(By.id("loginEmail"), after), "still the old one until confirmed");
            browser.open(confirmationLinks(last, 1).get(0).substring(TicketApiIT.BASE_URL.length()));
            browser.click(By.id("confirmForm:confirm"));
            assertTrue(browser.waitForText(By.id("confirmForm:messages"), last));
            browser.open("/agent/profile.xhtml");
            assertTrue(browser.waitForText(By.id("loginEmail"), last), "the session goes on under the new one");
            browser.signOut();
            browser.signIn("/agent/tickets.xhtml", last, TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"));
        }
    }

    /** The confirmation links of the first {@code count} such mails to the address. */
    private static List<String> confirmationLinks(String address, int count) {
        Pattern link = Pattern.compile(Pattern.quote(TicketApiIT.BASE_URL)
                + "/confirm-email\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
        return Mailbox.await(address, "Confirme o novo e-mail", count, Duration.ofSeconds(60)).stream()
                .map(Mailbox::body).map(body -> {
                    Matcher found = link.matcher(body);
                    assertTrue(found.find(), body);
                    return found.group();
                }).toList();
    }

    @Test
    void aDirectoryAgentMovesOnlyToAnAddressTheDirectoryAcceptsForThem() {
        String mail = "dir-" + account.suffix + "@empresa.example";
        String principalName = "dir-" + account.suffix + "@corp.empresa.example";
        Directory.started().addActiveDirectoryUser("Dir " + account.suffix, "dir" + account.suffix, principalName,
                mail, "Directory-Pass-9");
        TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                .add("name", "Dir Agent").add("email", mail).add("role", "AGENT").add("directory", "LDAP")
                .build()));
        ApiClient agent = account.clientFor(mail);
        assertRefused(agent.put("/me/email", email("elsewhere-" + account.suffix + "@it.test", "Directory-Pass-9")),
                "currentPassword");
        assertEquals(principalName, agent.put("/me/email", email(principalName, "Directory-Pass-9")).json()
                .getString("email"));
        assertNull(agentNamed(mail), "the old address is gone");
    }

    private static long agent(String name, String email, String role) {
        return TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                .add("name", name).add("email", email).add("role", role).add("directory", "LOCAL")
                .add("password", TestAccount.PASSWORD)
                .add("departmentIds", Json.createArrayBuilder().add(account.supportId)).build()))
                .getJsonNumber("id").longValue();
    }

    private static JsonObject agentNamed(String email) {
        return account.admin.get("/agents").jsonValue().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("email").equals(email)).findFirst().orElse(null);
    }

    private static JsonObject owner(long agentId) {
        return Json.createObjectBuilder().add("agentId", agentId).build();
    }

    private static JsonObject change(String role, boolean active) {
        return Json.createObjectBuilder().add("name", "Nova Dona").add("role", role).add("active", active)
                .add("departmentIds", Json.createArrayBuilder().add(account.supportId)).build();
    }

    private static JsonObject email(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("currentPassword", password).build();
    }

    private static void assertRefused(ApiClient.Response response, String field) {
        assertEquals(400, response.status(), response.body());
        assertTrue(response.body().contains("\"" + field + "\""), response.body());
    }
}
