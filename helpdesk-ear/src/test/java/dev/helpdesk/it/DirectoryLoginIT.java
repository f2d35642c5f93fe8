package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoDirectory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * LDAP / Active Directory logins (D2) against a directory holding Active Directory-shaped users, where the account
 * name (sAMAccountName), the user principal name and the mail address all differ: a registered user signs in with
 * any of the three and the directory password; a wrong password, an unregistered directory user and LDAP filter
 * injection get nothing; the administrator's connection test finds users and reports a directory that is down, and
 * so does the login page. The test server talks StartTLS to the directory (HELPDESK_LDAP_STARTTLS in the pom).
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class DirectoryLoginIT {

    private static final String AD_PASSWORD = "Ad-Secret-2026";

    private static TestAccount account;

    private static String named(String who) {
        return who + account.suffix;
    }

    /** An Active Directory-shaped user whose user principal name is the account name at corp.empresa.example. */
    private static void adUser(String cn, String accountName, String mail) {
        Directory.started().addActiveDirectoryUser(cn, named(accountName),
                named(accountName) + "@corp.empresa.example", mail, AD_PASSWORD);
    }

    @BeforeAll
    static void directory() {
        Directory.started();
        Mailbox.started();
        account = new TestAccount(TicketApiIT.BASE_URL);
    }

    @Tag("browser")
    @Test
    void registeredUsersSignInWithMailPrincipalNameOrAccountName() {
        String mail = named("joana.lima") + "@empresa.example";
        adUser("Joana Lima " + account.suffix, "jlima", mail);
        TestAccount.created(account.admin.post("/customers", Json.createObjectBuilder()
                .add("name", "Joana Lima").add("email", mail).add("directory", "LDAP")
                .add("directoryAccount", "EMPRESA\\" + named("JLima")).build()));
        // an agent registered by the user principal name, which differs from the mailbox
        String principalName = named("pedro.alves") + "@corp.empresa.example";
        Directory.started().addActiveDirectoryUser("Pedro Alves " + account.suffix, named("palves"),
                principalName, named("pedro") + "@empresa.example", AD_PASSWORD);
        TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                .add("name", "Pedro Alves").add("email", principalName).add("role", "AGENT")
                .add("directory", "LDAP").add("departmentIds", Json.createArrayBuilder().add(account.supportId))
                .build()));

        long upgradesBefore = DemoDirectory.startTlsUpgrades();
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/customer/tickets.xhtml", mail, AD_PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Meus chamados"), "by mail");
            assertTrue(DemoDirectory.startTlsUpgrades() > upgradesBefore, "the server talks StartTLS to it");
            browser.signOut();
            browser.signIn("/customer/tickets.xhtml", "EMPRESA\\" + named("jlima"), AD_PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Meus chamados"), "by DOMAIN\\account");
            assertEquals("Joana Lima", browser.text(By.id("currentUser")));
            browser.signOut();
            browser.signIn("/customer/tickets.xhtml", named("jlima") + "@corp.empresa.example", AD_PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Meus chamados"),
                    "by user principal name, which the directory's entry ties to her registered mailbox");
            browser.signOut();
            browser.signIn("/agent/tickets.xhtml", principalName, AD_PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"), "registered by user principal name");
            assertEquals("Pedro Alves", browser.text(By.id("currentUser")));
            browser.signOut();
            browser.signIn("/agent/tickets.xhtml", "EMPRESA\\" + named("palves"), AD_PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"),
                    "by an account name nobody registered: the directory's entry names his registered address");
            assertEquals("Pedro Alves", browser.text(By.id("currentUser")));
        }
    }

    @Tag("browser")
    @Test
    void wrongPasswordsStrangersAndFilterInjectionGetNothing() {
        String mail = named("rita.melo") + "@empresa.example";
        adUser("Rita Melo " + account.suffix, "rmelo", mail);
        account.createDirectoryCustomer("Rita Melo", mail);
        String stranger = named("estranho") + "@empresa.example";
        adUser("Estranho " + account.suffix, "estranho", stranger);

        // the realm's search filter is where an injection would act: the connection test runs that very search
        for (String injected : new String[] {"*", named("rita") + "*", "*)(mail=*", mail + ")(|(mail=*",
                "*)(sAMAccountName=*))(|(cn=*", "\\2a"}) {
            JsonObject check = account.admin.post("/directory/check", Json.createObjectBuilder()
                    .add("login", injected).build()).json();
            assertTrue(check.getBoolean("reachable"));
            assertFalse(check.getBoolean("found"), injected + " must match no entry");
        }
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/customer/tickets.xhtml", mail, "wrong-" + AD_PASSWORD);
            assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error-summary"), "incorretos"));
            browser.signIn("/customer/tickets.xhtml", stranger, AD_PASSWORD);
            assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error-summary"), "incorretos"),
                    "the directory knows the stranger, the help desk does not");
            browser.signIn("/customer/tickets.xhtml", named("rita") + "*)(mail=*", AD_PASSWORD);
            assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error-summary"), "incorretos"));
        }
    }

    @Test
    void theConnectionTestFindsUsersAndOnlyAdministratorsMayRunIt() {
        String mail = named("caio.reis") + "@empresa.example";
        adUser("Caio Reis " + account.suffix, "creis", mail);
        long id = TestAccount.created(account.admin.post("/customers", Json.createObjectBuilder()
                .add("name", "Caio Reis").add("email", mail).add("directory", "LDAP").build()))
                .getJsonNumber("id").longValue();
        assertEquals(named("creis"), account.admin.put("/customers/" + id + "/directory-account",
                Json.createObjectBuilder().add("directoryAccount", named("CReis")).build())
                .json().getString("directoryAccount"));

        JsonObject check = account.admin.post("/directory/check", Json.createObjectBuilder()
                .add("login", named("creis")).build()).json();
        assertTrue(check.getBoolean("reachable"));
        assertTrue(check.getBoolean("found"));
        assertEquals(mail, check.getString("mail"));
        assertEquals(named("creis") + "@corp.empresa.example", check.getString("userPrincipalName"));
        assertEquals("cn=Caio Reis " + account.suffix + ",ou=people," + DemoDirectory.BASE_DN,
                check.getString("dn"));
        assertEquals("CUSTOMER LDAP " + mail, check.getString("registeredAs"));

        ApiClient agent = account.clientFor(account.supportAgentEmail);
        assertEquals(403, agent.post("/directory/check", Json.createObjectBuilder().build()).status());
        assertEquals(403, agent.put("/customers/" + id + "/directory-account", Json.createObjectBuilder()
                .add("directoryAccount", "someone").build()).status(), "an agent may edit customers, not this");
        assertEquals(403, agent.post("/customers", Json.createObjectBuilder().add("name", "Mapped")
                .add("email", named("mapped") + "@empresa.example").add("directory", "LDAP")
                .add("directoryAccount", named("mine")).build()).status());
        ApiClient.Response bad = account.admin.put("/customers/" + id + "/directory-account",
                Json.createObjectBuilder().add("directoryAccount", "a*b").build());
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("directoryAccount"), bad.body());
        long directoryAgent = TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                .add("name", "Agente AD").add("email", named("agente") + "@empresa.example").add("role", "AGENT")
                .add("directory", "LDAP").build())).getJsonNumber("id").longValue();
        assertEquals(named("agente"), account.admin.put("/agents/" + directoryAgent + "/directory-account",
                Json.createObjectBuilder().add("directoryAccount", "EMPRESA\\" + named("agente")).build())
                .json().getString("directoryAccount"));
        assertEquals(403, agent.put("/agents/" + directoryAgent + "/directory-account", Json.createObjectBuilder()
                .add("directoryAccount", "someone").build()).status());
        ApiClient.Response taken = account.admin.put("/agents/" + directoryAgent + "/directory-account",
                Json.createObjectBuilder().add("directoryAccount", named("creis")).build());
        assertEquals(400, taken.status(), "Caio has that account name");
        assertTrue(taken.body().contains("directoryAccount"), taken.body());
        ApiClient.Response localWithAccount = account.admin.post("/customers", Json.createObjectBuilder()
                .add("name", "Local").add("email", named("local") + "@it.test").add("directory", "LOCAL")
                .add("password", TestAccount.PASSWORD).add("directoryAccount", named("local")).build());
        assertEquals(400, localWithAccount.status());
        assertTrue(localWithAccount.body().contains("directoryAccount"), localWithAccount.body());
    }

    @Tag("browser")
    @Test
    void aDirectoryThatIsDownIsReportedToTheUserAndTheAdministrator() {
        String mail = named("lia.dias") + "@empresa.example";
        adUser("Lia Dias " + account.suffix, "ldias", mail);
        account.createDirectoryCustomer("Lia Dias", mail);
        adUser("Forasteiro " + account.suffix, "forasteiro", named("forasteiro") + "@empresa.example");
        Directory.started().pause();
        try {
            JsonObject check = account.admin.post("/directory/check", Json.createObjectBuilder().build()).json();
            assertFalse(check.getBoolean("reachable"));
            assertFalse(check.getString("error").isBlank(), check.toString());
            try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
                browser.signIn("/customer/tickets.xhtml", mail, AD_PASSWORD);
                assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error-summary"),
                        "O diretório da empresa não respondeu"));
                browser.signIn("/admin/account.xhtml", "admin@helpdesk.test", "admin-test-password");
                browser.open("/admin/account.xhtml?tab=directory");
                browser.type(By.id("directoryForm:directoryLogin"), mail);
                browser.click(By.id("directoryForm:testDirectory"));
                assertTrue(browser.waitForText(By.id("directoryForm:directoryResult"), "não respondeu"));
            }
            assertTrue(account.admin.get("/audit?action=LOGIN_DIRECTORY_UNAVAILABLE").body().contains(mail),
                    "the administrator finds it in the audit log");
        } finally {
            Directory.started().resume();
        }
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/admin/account.xhtml", "admin@helpdesk.test", "admin-test-password");
            browser.open("/admin/account.xhtml?tab=directory");
            browser.type(By.id("directoryForm:directoryLogin"), named("ldias"));
            browser.click(By.id("directoryForm:testDirectory"));
            assertTrue(browser.waitForText(By.id("directoryForm:directoryResult"), "Entrada encontrada"));
            assertTrue(browser.pageText().contains("Cliente, Diretório LDAP / Active Directory: " + mail),
                    "her entry's mail is her login, said in words");
            assertFalse(browser.pageText().contains("CUSTOMER LDAP"), "no code on the page");
            browser.retype(By.id("directoryForm:directoryLogin"), named("forasteiro"));
            browser.click(By.id("directoryForm:testDirectory"));
            assertTrue(browser.waitForText(By.id("directoryForm:directoryResult"), "não cadastrado"));
            browser.signOut();
            browser.signIn("/customer/tickets.xhtml", mail, AD_PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Meus chamados"), "back once the directory is");
        }
    }
}
