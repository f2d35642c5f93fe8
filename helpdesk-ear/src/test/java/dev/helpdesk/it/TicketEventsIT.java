package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the areas write when they observe a ticket's events (mails in the outbox, webhook deliveries, SLA clocks)
 * commits with the change or not at all: a finish refused after its event was observed (a required closing field
 * left empty) leaves no mail and no delivery, and the same finish completed leaves both.
 */
@ExtendWith(HelpdeskServer.class)
class TicketEventsIT {

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void aChangeThatRollsBackLeavesNothingItsObserversWrote() throws InterruptedException {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        // a receiver nobody listens at: the deliveries are recorded all the same, and stay pending
        long endpoint = TestAccount.created(admin.post("/webhooks", Json.createObjectBuilder()
                .add("url", "http://localhost:9/events-" + account.suffix)
                .add("secret", "events-it-secret-0123").build())).getJsonNumber("id").longValue();
        long field = TestAccount.created(admin.post("/custom-fields", Json.createObjectBuilder()
                .add("label", "Causa " + account.suffix).add("place", "TICKET_CLOSING_EXTERNAL").add("type", "TEXT")
                .add("required", true).add("departmentId", account.supportId).build())).getJsonNumber("id")
                .longValue();
        try {
            JsonObject ref = TestAccount.created(account.clientFor(account.customerEmail).post("/tickets",
                    Json.createObjectBuilder().add("departmentId", account.supportId)
                            .add("categoryId", account.supportCategoryId).add("subject", "Eventos " + account.suffix)
                            .add("message", "Sem rede").build()));
            long protocol = ref.getJsonNumber("protocol").longValue();
            String publicId = ref.getString("publicId");
            TestAccount.created(agent.post("/tickets/" + protocol + "/replies",
                    Json.createObjectBuilder().add("body", "Reinicie o roteador").build()));
            Outbox.awaitSettled(admin, protocol);
            int mails = mailsOf(admin, protocol).size();
            int deliveries = deliveriesOf(admin, endpoint, publicId).size();
            assertEquals(2, deliveries, "created, then updated by the answer");

            ApiClient.Response refused = agent.post("/tickets/" + protocol + "/finish", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("customFields." + field, refused.json().getString("field"));

            assertEquals("ANSWERED_WAITING_FOR_CUSTOMER",
                    agent.get("/tickets/" + protocol).json().getString("situation"), "the finish rolled back");
            assertEquals(mails, mailsOf(admin, protocol).size(), "no finishing mail was left in the outbox");
            assertEquals(deliveries, deliveriesOf(admin, endpoint, publicId).size(), "no delivery was left");

            assertEquals(200, agent.post("/tickets/" + protocol + "/finish", Json.createObjectBuilder()
                    .add("customFields", Json.createObjectBuilder().add(String.valueOf(field), "Roteador"))
                    .build()).status());
            assertEquals(mails + 1, mailsOf(admin, protocol).size(), "the finishing mail, written with the finish");
            assertEquals(deliveries + 1, deliveriesOf(admin, endpoint, publicId).size());
            assertTrue(mailsOf(admin, protocol).stream().anyMatch(m -> m.getString("subject").contains("finalizado")),
                    () -> mailsOf(admin, protocol).toString());
        } finally {
            admin.put("/custom-fields/" + field, Json.createObjectBuilder().add("label", "Causa " + account.suffix)
                    .add("required", false).add("active", false).build());
            admin.put("/webhooks/" + endpoint, Json.createObjectBuilder()
                    .add("url", "http://localhost:9/events-" + account.suffix).add("active", false).build());
        }
    }

    private static List<JsonObject> mailsOf(ApiClient admin, long protocol) {
        return admin.get("/outbox?limit=200&ticket=" + protocol).jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> deliveriesOf(ApiClient admin, long endpoint, String publicId) {
        return admin.get("/webhooks/deliveries?limit=200&endpointId=" + endpoint).jsonValue().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("objectId").equals(publicId))
                .toList();
    }
}
