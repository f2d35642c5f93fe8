package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Account e-mails (C4): administrators choose which administrators get each kind of mail about the account; a
 * chosen administrator gets it and one not chosen does not, the people a mail concerns get theirs anyway, and only
 * administrators read or change the choice.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class AccountMailRecipientsIT {

    private static final String PATH = "/account/mail-recipients";
    private static TestAccount account;

    @BeforeAll
    static void servers() {
        Mailbox.started();
        account = new TestAccount(TicketApiIT.BASE_URL);
    }

    @Test
    void everyKindStartsAsTheHelpDeskMailedAndOnlyAdministratorsSeeOrChangeIt() {
        JsonObject current = TestAccount.ok(account.admin.get(PATH));
        assertEquals(List.of("SLA_ALERT", "JOB_FAILED", "SECURITY_NOTICE", "OWNER_CHANGED"),
                List.copyOf(current.keySet()));
        assertTrue(current.getJsonObject("JOB_FAILED").getBoolean("allAdministrators"),
                "job failures go to every administrator until someone chooses otherwise");
        for (String kind : List.of("SLA_ALERT", "SECURITY_NOTICE", "OWNER_CHANGED")) {
            assertEquals(false, current.getJsonObject(kind).getBoolean("allAdministrators"), kind);
        }

        ApiClient agent = account.clientFor(account.supportAgentEmail);
        assertEquals(403, agent.get(PATH).status());
        assertEquals(403, agent.put(PATH, Json.createObjectBuilder().add("JOB_FAILED", choice(true)).build())
                .status());
        assertEquals(403, account.clientFor(account.customerEmail).get(PATH).status());
        assertEquals(current, TestAccount.ok(account.admin.get(PATH)), "the refused change wrote nothing");
    }

    @Test
    void badChoicesAreRefusedNamingTheFieldAndWriteNothing() {
        JsonObject before = TestAccount.ok(account.admin.get(PATH));
        long plainAgent = agentId(account.supportAgentEmail);
        TestAccount.assertInvalid(account.admin.put(PATH, Json.createObjectBuilder()
                .add("NEWSLETTER", choice(true)).build()), "NEWSLETTER");
        TestAccount.assertInvalid(account.admin.put(PATH, Json.createObjectBuilder()
                .add("OWNER_CHANGED", Json.createObjectBuilder().add("agentIds", Json.createArrayBuilder()))
                .build()), "OWNER_CHANGED.allAdministrators");
        TestAccount.assertInvalid(account.admin.put(PATH, Json.createObjectBuilder()
                .add("JOB_FAILED", choice(false))
                .add("OWNER_CHANGED", choice(false, plainAgent)).build()), "OWNER_CHANGED.agentIds");
        TestAccount.assertInvalid(account.admin.put(PATH, Json.createObjectBuilder()
                .add("SLA_ALERT", choice(false, 999_999_999L)).build()), "SLA_ALERT.agentIds");
        assertEquals(before, TestAccount.ok(account.admin.get(PATH)),
                "job failures still go to whom they went: a refused change is not half made");
    }

    @Test
    void aChosenAdministratorGetsTheOwnerChangeAndAnAdministratorNotChosenDoesNot() throws Exception {
        String chosen = "chosen-" + account.suffix + "@it.test";
        String notChosen = "unchosen-" + account.suffix + "@it.test";
        String nextOwner = "next-owner-" + account.suffix + "@it.test";
        long chosenId = administrator("Escolhida", chosen);
        administrator("Não Escolhido", notChosen);
        long nextOwnerId = administrator("Próxima Dona", nextOwner);
        JsonObject owner = TestAccount.ok(account.admin.get("/account/owner"));
        int ownerMailsBefore = Mailbox.received(owner.getString("email"), "proprietário").size();
        SavedSetting saved = SavedSetting.read(account.admin, PATH);
        try {
            JsonObject changed = TestAccount.ok(account.admin.put(PATH, Json.createObjectBuilder()
                    .add("OWNER_CHANGED", choice(false, chosenId)).build()));
            assertEquals(List.of(chosenId), changed.getJsonObject("OWNER_CHANGED").getJsonArray("agentIds")
                    .getValuesAs(jakarta.json.JsonNumber.class).stream().map(n -> n.longValue()).toList());
            assertEquals(saved.value().getJsonObject("JOB_FAILED"), changed.getJsonObject("JOB_FAILED"),
                    "kinds left out stay as they were");
            assertTrue(account.admin.get("/audit?action=SETTINGS_CHANGED&objectType=account&objectId="
                    + "mail-recipients").body().contains("OWNER_CHANGED=[" + chosenId + "]"), "audited");
            try {
                TestAccount.ok(account.admin.put("/account/owner", Json.createObjectBuilder()
                        .add("agentId", nextOwnerId).build()));
                String body = Mailbox.body(Mailbox.await(chosen, "proprietário", 1, Duration.ofSeconds(60))
                        .get(0));
                assertTrue(body.contains(nextOwner), body);
                Mailbox.await(nextOwner, "proprietário", 1, Duration.ofSeconds(60));
            } finally {
                TestAccount.ok(account.admin.put("/account/owner", Json.createObjectBuilder()
                        .add("agentId", owner.getJsonNumber("agentId").longValue()).build()));
            }
            Outbox.awaitAllSettled(account.admin);
            // the owner concerned is mailed both times whatever is chosen
            Mailbox.await(owner.getString("email"), "proprietário", ownerMailsBefore + 2, Duration.ofSeconds(60));
            assertEquals(List.of(), Mailbox.received(notChosen, "proprietário"),
                    "an administrator not chosen is not mailed");
        } finally {
            saved.restore();
        }
    }

    @Tag("browser")
    @Test
    void chosenAdministratorsGetACopyOfAnAgentsNewDeviceNotice() throws Exception {
        String chosen = "security-" + account.suffix + "@it.test";
        String notChosen = "not-security-" + account.suffix + "@it.test";
        long chosenId = administrator("Segurança", chosen);
        administrator("Sem Cópia", notChosen);
        String agentName = "Viajante " + account.suffix;
        String traveller = "traveller-" + account.suffix + "@it.test";
        account.createAgent(agentName, traveller, account.supportId);
        SavedSetting saved = SavedSetting.read(account.admin, PATH);
        try {
            TestAccount.ok(account.admin.put(PATH, Json.createObjectBuilder()
                    .add("SECURITY_NOTICE", choice(false, chosenId)).build()));
            try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
                browser.signIn("/agent/tickets.xhtml", traveller, TestAccount.PASSWORD);
                assertTrue(browser.waitForText(By.tagName("h1"), "Chamados"));
            }
            Mailbox.await(traveller, "Novo acesso à sua conta", 1, Duration.ofSeconds(60));
            String copy = Mailbox.body(Mailbox.await(chosen, "Novo acesso de " + agentName, 1,
                    Duration.ofSeconds(60)).get(0));
            assertTrue(copy.contains(traveller), copy);
            Outbox.awaitAllSettled(account.admin);
            assertEquals(List.of(), Mailbox.received(notChosen, "Novo acesso"));
        } finally {
            saved.restore();
        }
    }

    private static JsonObject choice(boolean all, long... agentIds) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long id : agentIds) {
            ids.add(id);
        }
        return Json.createObjectBuilder().add("allAdministrators", all).add("agentIds", ids).build();
    }

    private static long administrator(String name, String email) {
        return TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                .add("name", name + " " + account.suffix).add("email", email).add("role", "ADMIN")
                .add("directory", "LOCAL").add("password", TestAccount.PASSWORD)
                .add("departmentIds", Json.createArrayBuilder().add(account.supportId)).build()))
                .getJsonNumber("id").longValue();
    }

    private static long agentId(String email) {
        return account.admin.get("/agents").jsonValue().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("email").equals(email)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
