package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Password strength (D5): the administrator's minimum is enforced where a password is set, and the live meter
 * beside the field shows the same estimate as the person types.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class PasswordStrengthIT {

    @Test
    void theMinimumIsEnforcedAndTheMeterShowsTheSameEstimate() {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        SavedSetting passwordPolicy = SavedSetting.read(admin, "/account/password-policy");
        assertEquals(403, account.clientFor(account.supportAgentEmail).put("/account/password-policy",
                policy("WEAK")).status());
        assertEquals("minimumStrength", admin.put("/account/password-policy", policy("BOGUS")).json()
                .getString("field"));
        try {
            assertEquals("STRONG", admin.put("/account/password-policy", policy("STRONG")).json()
                    .getString("minimumStrength"));
            ApiClient.Response weak = admin.post("/customers", customer("fraca-" + account.suffix,
                    TestAccount.PASSWORD));
            assertEquals(400, weak.status(), weak.toString());
            assertEquals("password", weak.json().getString("field"));
            assertEquals(201, admin.post("/customers", customer("forte-" + account.suffix, "Gx7#pQ2mL9!v"))
                    .status());

            try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
                browser.signIn("/agent/customers.xhtml", "admin@helpdesk.test", "admin-test-password");
                browser.type(By.id("customerForm:password"), "123456");
                assertTrue(browser.waitForText(By.id("customerForm:passwordStrength"), "Muito fraca"));
                assertTrue(browser.waitForText(By.id("customerForm:passwordStrength"), "mais usadas"),
                        "a common password is said to be one, whatever the minimum");
                browser.retype(By.id("customerForm:password"), "gato99");
                assertTrue(browser.waitForText(By.id("customerForm:passwordStrength"), "Fraca"));
                assertTrue(browser.waitForText(By.id("customerForm:passwordStrength"), "abaixo do mínimo"));
                browser.retype(By.id("customerForm:password"), "Gx7#pQ2mL9!v");
                assertTrue(browser.waitForText(By.id("customerForm:passwordStrength"), "Forte"));
                browser.screenshot("password-strength-meter");
            }
        } finally {
            passwordPolicy.restore();
        }
    }

    private static JsonObject policy(String level) {
        return Json.createObjectBuilder().add("minimumStrength", level).build();
    }

    private static JsonObject customer(String name, String password) {
        return Json.createObjectBuilder().add("name", name).add("email", name + "@it.test").add("directory", "LOCAL")
                .add("password", password).build();
    }
}
