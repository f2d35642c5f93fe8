package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** Runs batch jobs through the operator API, as an operator in the console would. */
final class Jobs {

    private Jobs() {
    }

    /** Starts a run (waiting for one already going, like the schedule's) and waits until it completes. */
    static JsonObject runToTheEnd(ApiClient admin, String job) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        ApiClient.Response started = admin.post("/jobs/" + job + "/runs", Json.createObjectBuilder().build());
        while (started.status() == 400 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            started = admin.post("/jobs/" + job + "/runs", Json.createObjectBuilder().build());
        }
        assertEquals(201, started.status(), started::toString);
        return awaitCompleted(admin, started.json().getJsonNumber("executionId").longValue(), deadline);
    }

    static JsonObject awaitCompleted(ApiClient admin, long executionId, Instant deadline)
            throws InterruptedException {
        JsonObject run = admin.get("/jobs/runs/" + executionId).json();
        while (!"COMPLETED".equals(run.getString("status")) && Instant.now().isBefore(deadline)) {
            assertTrue(List.of("STARTING", "STARTED").contains(run.getString("status")), run::toString);
            Thread.sleep(100);
            run = admin.get("/jobs/runs/" + executionId).json();
        }
        assertEquals("COMPLETED", run.getString("status"), run::toString);
        return run;
    }
}
