package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The workspace's live channel: the list and the counters follow a new ticket without a reload and keep what is
 * being typed, agents on one ticket see who else is replying and the customer's reply as it comes, and nobody who
 * has not signed in as an agent opens the channel.
 */
@ExtendWith({HelpdeskServer.class, Browsers.class})
class DeskLiveIT {

    private static TestAccount account;
    private static ApiClient customer;

    @BeforeAll
    static void account() {
        account = new TestAccount(TicketApiIT.BASE_URL);
        customer = account.clientFor(account.customerEmail);
    }

    @Tag("browser")
    @Test
    void theListAndTheCountersFollowChangesWithoutAReloadKeepingWhatIsTyped() {
        String mark = "vivo" + account.suffix;
        open("Primeiro " + mark);
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/agent/tickets.xhtml?view=QUEUE&q=" + mark, account.supportAgentEmail,
                    TestAccount.PASSWORD);
            assertTrue(browser.waitForText(By.id("listForm:count"), "1 chamado"), browser.pageText());
            String queue = browser.text(By.cssSelector("#counter-QUEUE .hd-count"));
            assertTrue(browser.waitForAttribute(By.id("hdDesk"), "data-state", "open"), "the live channel opens");
            browser.type(By.id("globalSearch"), "meio digitado");

            open("Segundo " + mark);
            assertTrue(browser.waitForText(By.id("listForm:tickets"), "Segundo " + mark),
                    "the new ticket appears without a reload: " + browser.pageText());
            assertTrue(browser.waitForText(By.id("listForm:count"), "2 chamados"));
            assertTrue(browser.waitForText(By.cssSelector("#counter-QUEUE .hd-count"),
                    String.valueOf(Long.parseLong(queue) + 1)), "the queue counter follows");
            assertEquals("meio digitado", browser.script("return document.getElementById('globalSearch').value"),
                    "what the agent was typing stays");
        }
    }

    @Tag("browser")
    @Test
    void agentsOnATicketSeeWhoElseIsReplying() {
        long protocol = open("Dois atendentes");
        String adminEmail = "presence-" + account.suffix + "@it.test";
        account.createAgent("Segunda Pessoa " + account.suffix, adminEmail, account.supportId);
        try (Browser writer = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR");
             Browser reader = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            reader.signIn("/agent/ticket.xhtml?protocol=" + protocol, account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(reader.waitForAttribute(By.id("hdDesk"), "data-state", "open"), "the live channel opens");
            writer.signIn("/agent/ticket.xhtml?protocol=" + protocol, adminEmail, TestAccount.PASSWORD);
            writer.type(By.cssSelector("[id='replyForm'] textarea, [id='replyForm'] .ql-editor"), "Estou vendo");
            assertTrue(reader.waitForText(By.id("presenceForm:othersReplying"), "Segunda Pessoa " + account.suffix),
                    "the other agent sees who is replying: " + reader.pageText());
            assertFalse(String.valueOf(writer.script("return document.getElementById('presenceForm:othersReplying')"
                    + ".textContent")).contains("Segunda Pessoa"), "nobody is told of their own typing");

            TestAccount.created(customer.post("/tickets/" + protocol + "/replies",
                    Json.createObjectBuilder().add("body", "Resposta ao vivo do cliente").build()));
            assertTrue(reader.waitForText(By.id("liveTicket"), "Resposta ao vivo do cliente"),
                    "the open ticket shows the customer's reply without a reload");
            assertEquals("Estou vendo", String.valueOf(writer.script("return document.querySelector("
                    + "\"[id='replyForm'] textarea, [id='replyForm'] .ql-editor\").innerText.trim()")),
                    "and what the other agent types stays");
        }
    }

    @Test
    void onlySignedInAgentsOpenTheLiveChannel() {
        URI uri = URI.create(TicketApiIT.BASE_URL.replace("http", "ws") + "/agent/desk-events");
        var failure = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new WebSocket.Listener() { })
                .handle((socket, error) -> error).join();
        assertTrue(failure != null, "no socket without signing in");
    }

    private static long open(String subject) {
        return TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("subject", subject + " " + account.suffix).add("message", "Ajuda, por favor.").build()))
                .getJsonNumber("protocol").longValue();
    }
}
