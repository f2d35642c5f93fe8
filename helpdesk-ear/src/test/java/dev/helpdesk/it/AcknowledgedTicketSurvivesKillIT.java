package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing acknowledged is lost: tickets the API answered 201 for are all there after the server's JVM is killed
 * with SIGKILL right after the last answer, and the server is started again on the same database.
 */
@Tag("durability")
@Order(1)
@ExtendWith(DurabilityServer.class)
class AcknowledgedTicketSurvivesKillIT {

    private static final int TICKETS = 20;

    @Test
    void ticketsAcknowledgedBeforeKillMinus9AreReadableAfterRestart(StandaloneServer server) {
        TestAccount account = new TestAccount(server.baseUrl());
        ApiClient customer = account.clientFor(account.customerEmail);

        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            acknowledged.add(TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                    .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                    .add("subject", "Before the crash " + i).add("message", "Must survive.").build()))
                    .getJsonNumber("protocol").longValue());
        }
        server.kill();

        server.start(ApiClient.PROVISIONING_TOKEN);
        for (int i = 0; i < TICKETS; i++) {
            ApiClient.Response read = customer.get("/tickets/" + acknowledged.get(i));
            assertEquals(200, read.status(), () -> "lost after kill -9: " + read);
            assertEquals("Before the crash " + i, read.json().getString("subject"));
        }
    }
}
