package dev.helpdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * Moves the help desk's clock on a running server through its management interface (the system property
 * {@code helpdesk.clock.offset}), so that tests see days pass in seconds. Always {@link #reset()} afterwards.
 */
final class ServerClock {

    private static final String PROPERTY = "helpdesk.clock.offset";
    private final int managementPort;

    ServerClock(int managementPort) {
        this.managementPort = managementPort;
    }

    /** The clock of the server every test talks to ({@link HelpdeskServer}). */
    static ServerClock managed() {
        return new ServerClock(9990);
    }

    void shift(Duration offset) {
        reset();
        ModelNode add = Operations.createAddOperation(address());
        add.get("value").set(offset.toString());
        execute(add, true);
    }

    void reset() {
        execute(Operations.createRemoveOperation(address()), false);
    }

    private static ModelNode address() {
        return Operations.createAddress("system-property", PROPERTY);
    }

    private void execute(ModelNode operation, boolean mustSucceed) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1",
                managementPort)) {
            ModelNode result = client.execute(operation);
            if (mustSucceed && !Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException("Could not set the server clock: "
                        + Operations.getFailureDescription(result));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
