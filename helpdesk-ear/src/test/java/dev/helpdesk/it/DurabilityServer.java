package dev.helpdesk.it;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The help desk the durability tests kill with SIGKILL: a server of its own (ports +200), on a fresh H2 file or,
 * under the postgresql profile, a fresh PostgreSQL database, without demo data, so that it shares nothing with the
 * server the other tests use. The first durability test of a run starts it; each test kills it and starts it again
 * on the same data, and the next test goes on with the restarted server (every test makes its own account, so none
 * sees another's tickets or mailboxes). The durability tests run first ({@code junit-platform.properties}), and
 * the server stops when the other tests' server starts ({@link #stopIfRunning}), so that the two never share the
 * two cores. Its outbox is not sent until a test turns it on for a restart: a kill while a mail is being handed to
 * the SMTP server sends that mail twice, which a test that counts mails must rule out.
 */
final class DurabilityServer implements ParameterResolver {

    private static final int PORT_OFFSET = 200;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            DurabilityServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StandaloneServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> Running.start(),
                Running.class).server;
    }

    /** Stops the server if a durability test started it: they have all run by then. */
    static void stopIfRunning(ExtensionContext context) {
        Running running = context.getRoot().getStore(NAMESPACE).remove(Running.class, Running.class);
        if (running != null) {
            running.close();
        }
    }

    /** The started server; JUnit stops it when the whole run is over, unless it was stopped before. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final StandaloneServer server;

        private Running(StandaloneServer server) {
            this.server = server;
        }

        static Running start() {
            Path target = Path.of(System.getProperty("helpdesk.ear")).getParent();
            Map<String, String> environment = new HashMap<>();
            environment.put("HELPDESK_DATA_DIR",
                    StandaloneServer.emptied(target.resolve("durability-data")).toString());
            environment.put("HELPDESK_DEMO", "false");
            environment.put("HELPDESK_MAIL_DISPATCH", "false");
            StandaloneServer.ownDatabase(environment, "helpdesk_durability");
            StandaloneServer server = new StandaloneServer(target.resolve("durability-server"), PORT_OFFSET,
                    environment);
            server.prepare();
            server.start(ApiClient.PROVISIONING_TOKEN);
            return new Running(server);
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
