package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Someone guessing a person's password can no longer lock that person out: after five wrong passwords a browser
 * that never signed in to the login waits (brute force stays as slow as before), but the person's own browser gets
 * in with the right password, and an administrator can unlock the login for everyone (audited).
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class LockOutIT {

    private final ServerClock clock = ServerClock.managed();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void guessesLockOutStrangersNotTheOwnersBrowserAndAnAdministratorUnlocks() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        String login = account.financeAgentEmail;
        try (Browser owner = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            signedIn(owner, login);
            owner.signOut();

            try (Browser guesser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
                for (int i = 0; i < 5; i++) {
                    guesser.signIn("/agent/tickets.xhtml", login, "guess-" + i);
                    assertTrue(guesser.waitForText(By.id("loginForm:messages"), "E-mail ou senha incorretos"));
                }
                refused(guesser, login);
            }
            // the same address waits a second after the fifth failure, whoever tries: let it pass
            clock.shift(Duration.ofSeconds(3));
            signedIn(owner, login);
            owner.signOut();
        }

        try (Browser stranger = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            refused(stranger, login);
        }
        JsonObject body = Json.createObjectBuilder().add("login", login).build();
        assertEquals(403, account.clientFor(account.supportAgentEmail).post("/logins/unlock", body).status(),
                "administrators only");
        assertEquals(204, account.admin.post("/logins/unlock", body).status());
        try (Browser stranger = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            signedIn(stranger, login);
        }
        JsonObject unlocked = account.admin.get("/audit?action=LOGIN_UNLOCKED").jsonValue().asJsonArray()
                .getJsonObject(0);
        assertEquals(login, unlocked.getString("objectId"));
        assertEquals(System.getenv("HELPDESK_ADMIN_EMAIL"), unlocked.getString("actor"));
    }

    private static void signedIn(Browser browser, String login) {
        browser.signIn("/agent/tickets.xhtml", login, TestAccount.PASSWORD);
        assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"), "signed in");
    }

    private static void refused(Browser browser, String login) {
        browser.signIn("/agent/tickets.xhtml", login, TestAccount.PASSWORD);
        assertTrue(browser.waitForText(By.id("loginForm:messages"), "Muitas tentativas"),
                "even the right password waits in a browser that never signed in");
    }
}
