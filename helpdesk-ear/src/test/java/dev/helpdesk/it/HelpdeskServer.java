package dev.helpdesk.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The help desk every black-box integration test talks to: the WildFly that server-config prepared, with the built EAR
 * in its deployments directory, started once per test run by the first test class that needs it (once the durability
 * tests' server, if one ran, has stopped) and shut down after the last one. The server's environment is the test run's (Failsafe's {@code environmentVariables}).
 */
final class HelpdeskServer implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HelpdeskServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> {
            DurabilityServer.stopIfRunning(context);
            return Running.start();
        }, Running.class);
    }

    /** The started server; JUnit closes it when the whole run is over. */
    static final class Running implements ExtensionContext.Store.CloseableResource {

        private final StandaloneServer server;

        private Running(StandaloneServer server) {
            this.server = server;
        }

        static Running start() {
            refuseIfTaken(8080);
            refuseIfTaken(9990);
            // the outbox sends from the first second on: a mail refused then would wait a minute for its retry
            Mailbox.started();
            Path target = Path.of(System.getProperty("helpdesk.ear")).getParent();
            // a fresh H2 file each run: nothing an earlier run left (its audit log, its mailboxes) counts in this one
            Path data = Path.of(System.getenv("HELPDESK_DATA_DIR"));
            if (data.startsWith(target)) {
                StandaloneServer.emptied(data);
            }
            // the server trusts the demo directory's certificate for StartTLS
            String trustStore = System.getProperty("ldap.trustStore");
            StandaloneServer server = new StandaloneServer(target.resolve("it-server"), 0,
                    Map.of(),
                    List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=changeit",
                            "-Djavax.net.ssl.trustStoreType=PKCS12"));
            server.prepare();
            server.start(ApiClient.PROVISIONING_TOKEN);
            return new Running(server);
        }

        @Override
        public void close() {
            server.stop();
        }

        /** The tests must not talk to another help desk (a {@code ./run.sh} left running, say). */
        private static void refuseIfTaken(int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            } catch (IOException free) {
                return;
            }
            throw new IllegalStateException("Port " + port + " is taken: stop the server that listens there "
                    + "(./run.sh?) before running the integration tests");
        }
    }
}
